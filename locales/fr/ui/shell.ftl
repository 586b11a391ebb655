# The frame around every screen: window title, start-up, skip link, sidebar, phone tab bar and its More menu.
# The window title: the screen's name, then the product's.
shell-window-title = { $screen } · { app-name }
shell-loading = Chargement de { app-name }
shell-skip-to-content = Aller au contenu
# The sidebar's accessible name.
shell-sidebar = Principal
shell-main-navigation = Navigation principale
# The phone tab bar's last tab: the screens that do not fit.
shell-more = Plus
shell-close-menu = Fermer le menu
shell-more-screens = Autres écrans
shell-screen-failed = Impossible de charger cet écran.
