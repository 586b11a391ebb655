// A company bigger than the embedded demo, on the standalone server: long lists come a page at a time
// and are searched by the core.

import { test } from "node:test";
import assert from "node:assert/strict";
import { launch, startServer } from "./harness.mjs";
import { go, signIn } from "./flows.mjs";
import { waitUntil } from "./webdriver.mjs";

/** Waits until the text of `css` contains `wanted`, wherever the element is scrolled to. */
async function waitForContent(session, css, wanted) {
  const read = `return document.querySelector(arguments[0])?.textContent ?? "";`;
  try {
    await waitUntil(async () => (await session.execute(read, [css])).includes(wanted), 15000, `${css} to show ${wanted}`);
  } catch (error) {
    const page = await session.execute("return document.querySelector('main')?.innerText ?? '';");
    throw new Error(`${error.message}; the screen shows:\n${page}`);
  }
}

test("HR of 300 people sees the company's data arrive by itself, then pages and searches a payroll run", async () => {
  const server = await startServer(300);
  const app = await launch();
  const s = app.session;
  try {
    await signIn(s, server.url, "hr@acme.test");
    // The app opens with HR's own data; the directory and the team's attendance follow, no refresh asked.
    await go(s, "directory");
    await waitForContent(s, ".page[data-screen=directory] .page-head p", "200+ people");
    await go(s, "team");
    await s.waitFor("[data-testid=team-row]", { timeout: 30000 });
    assert.equal((await s.findAll("[data-testid=first-fill]")).length, 0, "nothing left loading");

    await go(s, "payroll");
    await s.click("[data-testid=payroll-row]");
    await waitForContent(s, "[data-testid=payroll-lines-shown]", "Showing 100 of 300");
    assert.equal((await s.findAll("[data-testid=payroll-line]")).length, 100);

    await s.click("[data-testid=payroll-lines-more]");
    await waitForContent(s, "[data-testid=payroll-lines-shown]", "Showing 200 of 300");
    const lines = await s.findAll("[data-testid=payroll-line]");
    assert.equal(lines.length, 200);
    const wanted = await s.execute("return arguments[0].querySelector('.mono').textContent.trim();", [lines[150].reference]);

    await s.type("[data-testid=payroll-line-search]", wanted);
    await waitForContent(s, "[data-testid=payroll-line]", wanted);
    const found = await s.findAll("[data-testid=payroll-line]");
    assert.equal(found.length, 1, `only ${wanted}'s line`);
    assert.equal((await s.findAll("[data-testid=payroll-lines-shown]")).length, 0, "nothing more to show");
  } finally {
    await app.close();
    await server.stop();
  }
});
