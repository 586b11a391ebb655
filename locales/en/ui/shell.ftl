# The frame around every screen: window title, start-up, skip link, sidebar, phone tab bar and its More menu.
# The window title: the screen's name, then the product's.
shell-window-title = { $screen } · { app-name }
shell-loading = Loading { app-name }
shell-skip-to-content = Skip to content
# The sidebar's accessible name.
shell-sidebar = Main
shell-main-navigation = Main navigation
# The phone tab bar's last tab: the screens that do not fit.
shell-more = More
shell-close-menu = Close menu
shell-more-screens = More screens
shell-screen-failed = This screen could not be loaded.
