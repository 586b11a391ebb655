// What a phone downloads before its first screen: the built page's scripts and styles plus one language's
// messages (the largest). Fails above the 200 KB gzipped target; screens loaded later are listed, not counted.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const TARGET = 200 * 1024;
const dist = new URL("../ui/dist/", import.meta.url).pathname;
const assets = join(dist, "assets");
const gzipped = (name) => gzipSync(readFileSync(join(assets, name)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const html = readFileSync(join(dist, "index.html"), "utf8");
const start = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+)"/g)].map((match) => match[1]);
const languages = readdirSync(assets).filter((name) => /^(en|de|fr|es|pt-BR|ar)-[\w-]{8}\.js$/.test(name));
if (languages.length !== 6) throw new Error(`expected one chunk per language, found ${languages.join(", ")}`);
const largestLanguage = languages.map((name) => ({ name, size: gzipped(name) })).sort((a, b) => b.size - a.size)[0];
const later = readdirSync(assets).filter((name) => !start.includes(name) && !languages.includes(name));

const startSize = start.reduce((sum, name) => sum + gzipped(name), 0);
const total = startSize + largestLanguage.size;
console.log(`first screen: ${kb(startSize)} in ${start.length} files + ${largestLanguage.name} ${kb(largestLanguage.size)} = ${kb(total)} gzipped (target ${kb(TARGET)}, ${Math.round((100 * total) / TARGET)}%)`);
console.log(`loaded when opened: ${kb(later.reduce((sum, name) => sum + gzipped(name), 0))} in ${later.length} files`);
if (total > TARGET) {
  console.error("the first screen's download is over its size target");
  process.exit(1);
}
