// With no signal: a check-in is kept on the device, shown as pending, and synced exactly once when
// the server is back; a check-in from far away comes back refused with the server's reason.

import { test } from "node:test";
import assert from "node:assert/strict";
import { launch, PARIS } from "./harness.mjs";
import { go, openDemo, setDemoServer } from "./flows.mjs";

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
    const rows = await s.execute(
      `return [...document.querySelectorAll('[data-testid=attendance-row]')].filter(r => r.getAttribute('data-date') === arguments[0]).length;`,
      [today],
    );
    assert.equal(rows, 1, "exactly one record for today");
  } finally {
    await app.close();
  }
});

test("a check-in from Paris made offline comes back refused with the server's reason", async () => {
  const app = await launch({ location: PARIS });
  const s = app.session;
  try {
    await openDemo(s, "employee");
    await setDemoServer(s, false);
    await go(s, "today");
    await s.waitForText("[data-testid=geofence-status]", /outside|km/i.test.bind(/outside|km/i));
    await s.click("[data-testid=check-in]");
    await s.waitForText("[data-testid=write-warning]", "km from HQ");
    await s.waitForText("[data-testid=write-result]", "will sync");

    await setDemoServer(s, true);
    await s.waitForText("[data-testid=pending-count]", "0", { timeout: 30000 });
    await go(s, "settings");
    await s.waitForText("[data-testid=rejected-write]", "km from HQ");
    await go(s, "today");
    await s.waitForText("[data-testid=today-state]", "Not checked in");
  } finally {
    await app.close();
  }
});
