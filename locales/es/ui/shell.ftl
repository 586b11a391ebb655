# The frame around every screen: window title, start-up, skip link, sidebar, phone tab bar and its More menu.
# The window title: the screen's name, then the product's.
shell-window-title = { $screen } · { app-name }
shell-loading = Cargando { app-name }
shell-skip-to-content = Saltar al contenido
# The sidebar's accessible name.
shell-sidebar = Principal
shell-main-navigation = Navegación principal
# The phone tab bar's last tab: the screens that do not fit.
shell-more = Más
shell-close-menu = Cerrar menú
shell-more-screens = Más pantallas
shell-screen-failed = No se ha podido cargar esta pantalla.
