// Light, dark, or whatever the system prefers; the choice is kept in localStorage.

export type Theme = "system" | "light" | "dark";

export const THEME_KEY = "okta-hr.theme";

export function asTheme(value: unknown): Theme {
  return value === "light" || value === "dark" ? value : "system";
}

export function loadTheme(storage: Pick<Storage, "getItem"> | null | undefined): Theme {
  try {
    return asTheme(storage?.getItem(THEME_KEY));
  } catch {
    return "system";
  }
}

export function saveTheme(storage: Pick<Storage, "setItem" | "removeItem"> | null | undefined, theme: Theme): void {
  try {
    if (theme === "system") storage?.removeItem(THEME_KEY);
    else storage?.setItem(THEME_KEY, theme);
  } catch {
    // Private mode or storage disabled: the choice lasts for this session only.
  }
}

/** Sets `data-theme` on the root element; "system" removes it so prefers-color-scheme decides. */
export function applyTheme(root: { dataset: DOMStringMap }, theme: Theme): void {
  if (theme === "system") delete root.dataset.theme;
  else root.dataset.theme = theme;
}
