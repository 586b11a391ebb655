import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { fileURLToPath } from "node:url";
import { catalogue } from "./catalogue-plugin";

// Tauri serves the built files itself; the dev server is for `tauri dev` only.
export default defineConfig({
  plugins: [svelte(), catalogue(fileURLToPath(new URL("../locales", import.meta.url)))],
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  build: { target: "es2022", outDir: "dist", emptyOutDir: true, sourcemap: false },
  test: { include: ["src/**/*.test.ts"], environment: "node", setupFiles: ["src/lib/i18n-test-setup.ts"] },
});
