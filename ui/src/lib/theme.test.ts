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
  it("sets data-theme, or removes it for system", () => {
    const root = { dataset: {} as DOMStringMap };
    applyTheme(root, "light");
    expect(root.dataset.theme).toBe("light");
    applyTheme(root, "system");
    expect(root.dataset.theme).toBeUndefined();
  });
});
