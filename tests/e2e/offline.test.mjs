// With no signal: a check-in is kept on the device, shown as pending, and synced exactly once when
// the server is back; a check-in from far away comes back refused with the server's reason.

import { test } from "node:test";
import assert from "node:assert/strict";
import { launch, PARIS, screenshot } from "./harness.mjs";
import { go, openDemo, setDemoServer } from "./flows.mjs";
import { waitUntil } from "./webdriver.mjs";

test("a check-in made offline is pending, then synced once when the server returns", async () => {
  const app = await launch();
  const s = app.session;
  try {
    await openDemo(s, "employee");
    await setDemoServer(s, false);
    await go(s, "today");
    await s.click("[data-testid=check-in]");
    await s.waitForText("[data-testid=write-result]", "will sync");
    await s.waitForText("[data-testid=today-state]", (text) => text.includes("Checked in since") && /pending/i.test(text));
    await s.waitForText("[data-testid=pending-count]", "1");
    await s.waitFor("[data-testid=offline-banner]");

    await setDemoServer(s, true);
    await s.waitForText("[data-testid=pending-count]", "0", { timeout: 30000 });
    await go(s, "today");
    await s.waitForText("[data-testid=today-state]", (text) => text.includes("Checked in since") && !/pending/i.test(text));
    await go(s, "attendance");
    const today = new Date().toISOString().slice(0, 10);
    await s.waitFor(`[data-testid=attendance-row][data-date="${today}"]`);
    const rows = await s.execute(
      `return [...document.querySelectorAll('[data-testid=attendance-row]')].filter(r => r.getAttribute('data-date') === arguments[0]).length;`,
      [today],
    );
    assert.equal(rows, 1, "exactly one record for today");
  } finally {
    await app.close();
  }
});

test("a check-in from Paris asks first, and its refusal at sync is announced on Today until dismissed", async () => {
  const app = await launch({ location: PARIS });
  const s = app.session;
  try {
    await openDemo(s, "employee");
    await setDemoServer(s, false);
    await go(s, "today");
    await s.waitForText("[data-testid=geofence-status]", /outside|km/i.test.bind(/outside|km/i));
    // The device's own check says no: the reason is beside the button, and it asks before sending.
    await s.waitForText("[data-testid=punch-precheck]", "km from HQ");
    await s.click("[data-testid=check-in]");
    await s.click("[data-testid=punch-anyway]");
    await s.waitForText("[data-testid=write-result]", "will sync");
    assert.equal((await s.findAll("[data-testid=write-warning]")).length, 0, "the reason is not repeated");
    const focused = await s.execute("return document.activeElement?.getAttribute('data-testid') ?? '';");
    assert.equal(focused, "check-out", "focus follows the button, not the page");

    await setDemoServer(s, true);
    await go(s, "today");
    const refusal = await s.waitForText("[data-testid=refusal]", "km from HQ", { timeout: 30000 });
    assert.match(refusal, /check-in at \d{1,2}:\d{2}.*not accepted/i);
    assert.match(refusal, /not checked in/i, "it says what was undone");
    assert.match(refusal, /correct your attendance/i, "and what to do next");
    await s.waitForText("[data-testid=today-state]", "Not checked in");
    await s.waitForText("[data-testid=refused-count]", "1");
    await s.setWindowRect(1280, 800);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await screenshot(s, "today-refusal-desktop");
    await s.waitForText("[data-testid=pending-count]", "0");

    await go(s, "settings");
    await s.waitForText("[data-testid=rejected-write]", "km from HQ");
    await go(s, "today");
    await s.click("[data-testid=refusal-dismiss]");
    await waitUntil(async () => (await s.findAll("[data-testid=refusal]")).length === 0, 10000, "the refusal to go");
    await waitUntil(async () => (await s.findAll("[data-testid=refused-count]")).length === 0, 10000, "the pill to stop counting it");
  } finally {
    await app.close();
  }
});
