// Light, dark, or whatever the system prefers; the choice is kept in localStorage.

import { loadChoice, saveChoice } from "./device-choice";

export type Theme = "system" | "light" | "dark";

export const THEME_KEY = "okta-hr.theme";

export function asTheme(value: unknown): Theme {
  return value === "light" || value === "dark" ? value : "system";
}

export function loadTheme(storage: Pick<Storage, "getItem"> | null | undefined): Theme {
  return loadChoice(storage, THEME_KEY, asTheme);
}

export function saveTheme(storage: Pick<Storage, "setItem" | "removeItem"> | null | undefined, theme: Theme): void {
  saveChoice(storage, THEME_KEY, theme);
}

/** What the theme needs of `matchMedia("(prefers-color-scheme: dark)")`. */
export interface DarkPreference {
  readonly matches: boolean;
  addEventListener(type: "change", listener: () => void): void;
  removeEventListener(type: "change", listener: () => void): void;
}

// One theme is shown at a time, so applying a theme ends following the OS for the previous one.
let stopFollowingSystem = (): void => {};

/**
 * Sets `data-theme` on the root element to "light" or "dark", the only palettes the stylesheet has:
 * "system" takes the one the OS prefers, and follows it as it changes until another theme is applied.
 */
export function applyTheme(
  root: { dataset: DOMStringMap },
  theme: Theme,
  prefersDark: DarkPreference = window.matchMedia("(prefers-color-scheme: dark)"),
): void {
  stopFollowingSystem();
  if (theme !== "system") {
    stopFollowingSystem = () => {};
    root.dataset.theme = theme;
    return;
  }
  const followSystem = () => {
    root.dataset.theme = prefersDark.matches ? "dark" : "light";
  };
  followSystem();
  prefersDark.addEventListener("change", followSystem);
  stopFollowingSystem = () => prefersDark.removeEventListener("change", followSystem);
}
