// The app with the keyboard alone, in the real window: sign in to the demo, check in, and request leave
// with Tab, typing and Enter, never the mouse; every control reached shows where the focus is.

import { test } from "node:test";
import assert from "node:assert/strict";
import { launch } from "./harness.mjs";
import { isoDate, nextYearMonday } from "./flows.mjs";

const TAB = "\uE004";
const ENTER = "\uE007";

/** Presses keys as the keyboard would, one after another (WebDriver actions). */
async function press(session, ...keys) {
  const actions = keys.flatMap((value) => [{ type: "keyDown", value }, { type: "keyUp", value }]);
  await session.command("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
  await session.command("DELETE", "/actions");
}

/** Whether the focused element shows a focus ring: an outline or a box shadow that is there only now. */
async function focusShows(session) {
  return session.execute(`
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    return (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";`);
}

/** Tabs forward until the element `css` has the focus, checking each stop shows it. */
async function tabTo(session, css, most = 80) {
  for (let stop = 0; stop < most; stop++) {
    await press(session, TAB);
    const here = await session.execute(`return document.activeElement?.matches(arguments[0]) ?? false;`, [css]);
    const where = await session.execute(`const el = document.activeElement; return el ? el.outerHTML.slice(0, 80) : "";`);
    assert.ok(await focusShows(session), `the focus is visible on ${where}`);
    if (here) return;
  }
  assert.fail(`${css} was not reached with Tab`);
}

async function type(session, text) {
  await press(session, ...[...text]);
}

test("sign in, check in and request leave with the keyboard alone", async () => {
  const app = await launch();
  const s = app.session;
  try {
    await tabTo(s, "[data-testid=demo-employee]");
    await press(s, ENTER);
    await s.waitFor("[data-testid=sync-indicator]", { timeout: 30000 });

    await tabTo(s, "[data-testid=check-in]");
    await press(s, ENTER);
    await s.waitFor("[data-testid=check-out]", { timeout: 20000 });

    await tabTo(s, "[data-testid=nav-leave]");
    await press(s, ENTER);
    await s.waitFor("[data-testid=leave-type]");
    const monday = nextYearMonday(5);
    await tabTo(s, "[data-testid=leave-start]");
    await type(s, isoDate(monday));
    await tabTo(s, "[data-testid=leave-end]");
    await type(s, isoDate(monday, 1));
    await s.waitForText("[data-testid=leave-preview]", "2 working days");
    await tabTo(s, "[data-testid=leave-submit]");
    await press(s, ENTER);
    await s.waitFor("[data-testid=leave-row][data-status=pending]", { timeout: 20000 });
  } finally {
    await app.close();
  }
});
