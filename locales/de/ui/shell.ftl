# The frame around every screen: window title, start-up, skip link, sidebar, phone tab bar and its More menu.
# The window title: the screen's name, then the product's.
shell-window-title = { $screen } · { app-name }
shell-loading = { app-name } wird geladen
shell-skip-to-content = Zum Inhalt springen
# The sidebar's accessible name.
shell-sidebar = Hauptbereich
shell-main-navigation = Hauptnavigation
# The phone tab bar's last tab: the screens that do not fit.
shell-more = Mehr
shell-close-menu = Menü schließen
shell-more-screens = Weitere Bereiche
shell-screen-failed = Diese Ansicht konnte nicht geladen werden.
