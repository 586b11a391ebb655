import { describe, expect, it } from "vitest";
import { applyTheme, asTheme, loadTheme, saveTheme, THEME_KEY } from "./theme";

function memory() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

/** A stand-in for the OS's dark-mode media query that a test can switch. */
function osPreference(dark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    matches: dark,
    addEventListener: (_type: "change", listener: () => void) => void listeners.add(listener),
    removeEventListener: (_type: "change", listener: () => void) => void listeners.delete(listener),
    listeners,
    switchTo(dark: boolean) {
      query.matches = dark;
      for (const listener of listeners) listener();
    },
  };
  return query;
}

function rootElement() {
  return { dataset: {} as DOMStringMap };
}

describe("theme", () => {
  it("defaults to the system setting", () => {
    expect(loadTheme(memory())).toBe("system");
    expect(loadTheme(null)).toBe("system");
    expect(asTheme("purple")).toBe("system");
  });
  it("remembers an explicit choice and forgets system", () => {
    const s = memory();
    saveTheme(s, "dark");
    expect(s.data.get(THEME_KEY)).toBe("dark");
    expect(loadTheme(s)).toBe("dark");
    saveTheme(s, "system");
    expect(s.data.has(THEME_KEY)).toBe(false);
  });
  it("survives storage that throws", () => {
    const broken = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("denied");
      },
      removeItem: () => {},
    };
    expect(loadTheme(broken)).toBe("system");
    expect(() => saveTheme(broken, "light")).not.toThrow();
  });
  it("sets an explicit choice as is", () => {
    const root = rootElement();
    applyTheme(root, "light", osPreference(true));
    expect(root.dataset.theme).toBe("light");
    applyTheme(root, "dark", osPreference(false));
    expect(root.dataset.theme).toBe("dark");
  });
  it("resolves system to what the OS prefers", () => {
    const root = rootElement();
    applyTheme(root, "system", osPreference(true));
    expect(root.dataset.theme).toBe("dark");
    applyTheme(root, "system", osPreference(false));
    expect(root.dataset.theme).toBe("light");
  });
  it("follows the OS while system is chosen", () => {
    const root = rootElement();
    const os = osPreference(false);
    applyTheme(root, "system", os);
    os.switchTo(true);
    expect(root.dataset.theme).toBe("dark");
    os.switchTo(false);
    expect(root.dataset.theme).toBe("light");
  });
  it("does not let the OS override an explicit choice", () => {
    const root = rootElement();
    const os = osPreference(false);
    applyTheme(root, "system", os);
    applyTheme(root, "light", os);
    os.switchTo(true);
    expect(root.dataset.theme).toBe("light");
    expect(os.listeners.size).toBe(0);
  });
  it("follows the OS again once system is chosen again", () => {
    const root = rootElement();
    const os = osPreference(false);
    applyTheme(root, "dark", os);
    applyTheme(root, "system", os);
    expect(root.dataset.theme).toBe("light");
    os.switchTo(true);
    expect(root.dataset.theme).toBe("dark");
  });
  it("listens once however often system is applied (start-up applies it twice)", () => {
    const os = osPreference(true);
    applyTheme(rootElement(), "system", os);
    applyTheme(rootElement(), "system", os);
    expect(os.listeners.size).toBe(1);
  });
});
