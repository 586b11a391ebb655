// Each language's UI messages are the `.ftl` files of `locales/<language>/ui/`, joined into one module per
// language (`virtual:catalogue/<language>`), so the app loads its own language's chunk and no other.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";

const PREFIX = "virtual:catalogue/";

export function catalogue(localesDir: string): Plugin {
  return {
    name: "okta-hr-catalogue",
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const language = id.slice(PREFIX.length + 1);
      const dir = join(localesDir, language, "ui");
      const files = readdirSync(dir).filter((name) => name.endsWith(".ftl")).sort();
      for (const name of files) this.addWatchFile(join(dir, name));
      const text = files.map((name) => readFileSync(join(dir, name), "utf8")).join("\n");
      return `export default ${JSON.stringify(text)};`;
    },
  };
}
