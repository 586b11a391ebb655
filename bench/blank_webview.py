"""The memory baseline for bench/app.sh: a blank page in a WebKitGTK window, with the web view settings
the app uses (src-tauri/src/webview.rs). Whatever this costs, any WebKitGTK app on the machine costs."""

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import Gtk, WebKit2  # noqa: E402

WebKit2.WebContext.get_default().set_cache_model(WebKit2.CacheModel.DOCUMENT_VIEWER)
view = WebKit2.WebView()
view.get_settings().set_hardware_acceleration_policy(WebKit2.HardwareAccelerationPolicy.NEVER)
view.load_html("<!doctype html><title>Blank</title><p>Blank</p>", None)
window = Gtk.Window(title="Blank")
window.set_default_size(1024, 768)
window.add(view)
window.connect("destroy", Gtk.main_quit)
window.show_all()
Gtk.main()
