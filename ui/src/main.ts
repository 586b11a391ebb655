import { mount } from "svelte";
import "./styles/index.css";
import App from "./App.svelte";
import { commands } from "./lib/bindings";
import { applyTheme, loadTheme } from "./lib/theme";
import { loadLanguageChoice, resolveChoice, useLanguage } from "./lib/i18n.svelte";

// Apply the saved theme before the first paint, so a dark-theme user never sees a light flash.
applyTheme(document.documentElement, loadTheme(globalThis.localStorage));
// The first screen is drawn in the person's language: only that language's messages are loaded. Should
// they fail to load, the app starts in English rather than not at all.
await useLanguage(resolveChoice(loadLanguageChoice(globalThis.localStorage))).catch(() => useLanguage("en"));

const app = mount(App, { target: document.getElementById("app")! });

// Once the first screen is painted, tell the app (it logs the start-up time for bench/app.sh).
requestAnimationFrame(() => requestAnimationFrame(() => void commands.reportReady()));

export default app;
