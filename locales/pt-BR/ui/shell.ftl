# The frame around every screen: window title, start-up, skip link, sidebar, phone tab bar and its More menu.
# The window title: the screen's name, then the product's.
shell-window-title = { $screen } · { app-name }
shell-loading = Carregando o { app-name }
shell-skip-to-content = Pular para o conteúdo
# The sidebar's accessible name.
shell-sidebar = Principal
shell-main-navigation = Navegação principal
# The phone tab bar's last tab: the screens that do not fit.
shell-more = Mais
shell-close-menu = Fechar menu
shell-more-screens = Mais telas
shell-screen-failed = Não foi possível carregar esta tela.
