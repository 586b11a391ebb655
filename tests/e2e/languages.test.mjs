// The app in the employee's language, in the real window: a German device gets German from its first
// screen, and choosing Arabic lays the app out right to left. The README's German and Arabic screenshots
// come from here.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launch, screenshot } from "./harness.mjs";
import { chooseSetting, go, openDemo } from "./flows.mjs";
import { waitUntil } from "./webdriver.mjs";

const LOCALES = new URL("../../locales/", import.meta.url).pathname;

/** A one-line message of the UI's catalogue, as the app shows it. */
function message(language, file, id) {
  const text = readFileSync(join(LOCALES, language, "ui", `${file}.ftl`), "utf8");
  const line = text.split("\n").find((l) => l.startsWith(`${id} = `));
  assert.ok(line, `${id} in ${language}/ui/${file}.ftl`);
  return line.slice(id.length + 3).trim();
}

async function textOf(session, css) {
  return session.execute(`return document.querySelector(arguments[0])?.textContent.trim() ?? "";`, [css]);
}

async function chooseLanguage(session, language) {
  await chooseSetting(session, "language", language);
  const expected = language === "system" ? "en" : language;
  await waitUntil(async () => (await session.execute("return document.documentElement.lang;")) === expected, 10000, `the app in ${expected}`);
}

test("a German phone shows German from the first screen, and a check-in is answered in German", async () => {
  const app = await launch({ language: "de_DE.UTF-8" });
  const s = app.session;
  try {
    // The web view's storage outlives the app's data folder: forget any choice an earlier story made.
    await s.execute("localStorage.removeItem('okta-hr.language'); location.reload();");
    await s.waitFor("[data-testid=app-ready]", { timeout: 30000 });
    assert.equal(await s.execute("return document.documentElement.lang;"), "de", "the device's language, before any choice");
    await openDemo(s, "employee");
    assert.equal(await textOf(s, "[data-testid=nav-today]"), message("de", "nav", "nav-today"));
    assert.equal(await textOf(s, "[data-testid=check-in]"), message("de", "today", "today-check-in"));
    await screenshot(s, "today-desktop-de");
    await s.click("[data-testid=check-in]");
    await s.waitFor("[data-testid=check-out]", { timeout: 20000 });
    assert.equal(await textOf(s, "[data-testid=check-out]"), message("de", "today", "today-check-out"));
    await go(s, "leave");
    await s.waitFor("[data-testid=leave-submit]");
    assert.equal(await textOf(s, "main h1"), message("de", "nav", "nav-leave"));
    await s.setWindowRect(390, 844);
    await screenshot(s, "leave-phone-de");
  } finally {
    await app.close();
  }
});

test("choosing Arabic lays the app out right to left and keeps it working", async () => {
  const app = await launch();
  const s = app.session;
  try {
    await openDemo(s, "employee");
    await chooseLanguage(s, "ar");
    assert.equal(await s.execute("return document.documentElement.dir;"), "rtl");
    await go(s, "today");
    await s.waitFor("[data-testid=check-in]");
    assert.equal(await textOf(s, "[data-testid=check-in]"), message("ar", "today", "today-check-in"));
    // The sidebar, at the start of the line, is on the right in Arabic.
    const sides = await s.execute(`
      const sidebar = document.querySelector(".sidebar").getBoundingClientRect();
      const main = document.querySelector("main").getBoundingClientRect();
      return { sidebar: sidebar.left, main: main.left };`);
    assert.ok(sides.sidebar > sides.main, `the sidebar on the right: ${JSON.stringify(sides)}`);
    await screenshot(s, "today-desktop-ar");
    await s.click("[data-testid=check-in]");
    await s.waitFor("[data-testid=check-out]", { timeout: 20000 });
    await s.setWindowRect(390, 844);
    await go(s, "payslips");
    await s.waitFor("main h1");
    assert.equal(await textOf(s, "main h1"), message("ar", "nav", "nav-payslips"));
    await go(s, "today");
    await s.waitFor("[data-testid=check-out]");
    await screenshot(s, "today-phone-ar");
    // Back to the device's language (English here): left to right again.
    await chooseLanguage(s, "system");
    assert.equal(await s.execute("return document.documentElement.dir;"), "ltr");
  } finally {
    await app.close();
  }
});
