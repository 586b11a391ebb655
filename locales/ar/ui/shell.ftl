# The frame around every screen: window title, start-up, skip link, sidebar, phone tab bar and its More menu.
# The window title: the screen's name, then the product's.
shell-window-title = { $screen } · { app-name }
shell-loading = جارٍ تحميل { app-name }
shell-skip-to-content = الانتقال إلى المحتوى
# The sidebar's accessible name.
shell-sidebar = الرئيسية
shell-main-navigation = التنقل الرئيسي
# The phone tab bar's last tab: the screens that do not fit.
shell-more = المزيد
shell-close-menu = إغلاق القائمة
shell-more-screens = شاشات أخرى
shell-screen-failed = تعذّر تحميل هذه الشاشة.
