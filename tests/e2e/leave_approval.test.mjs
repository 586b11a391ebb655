// Demo sign-in as employee → check in at HQ → request leave → manager approves → HR approves →
// the employee sees it approved, with a notification.

import { test } from "node:test";
import assert from "node:assert/strict";
import { launch } from "./harness.mjs";
import { go, isoDate, nextYearMonday, openDemo, setValue, signOut } from "./flows.mjs";

test("a leave request goes from the employee through manager and HR and comes back approved", async () => {
  const app = await launch();
  const s = app.session;
  try {
    await openDemo(s, "employee");
    await go(s, "today");
    await s.waitForText("[data-testid=geofence-status]", "HQ");
    await s.click("[data-testid=check-in]");
    await s.waitForText("[data-testid=today-state]", "Checked in since");
    assert.doesNotMatch(await (await s.find("[data-testid=today-state]")).text(), /pending/i);

    await go(s, "leave");
    const monday = nextYearMonday();
    await s.waitFor("[data-testid=leave-type]");
    await setValue(s, "[data-testid=leave-start]", isoDate(monday));
    await setValue(s, "[data-testid=leave-end]", isoDate(monday, 2));
    await s.waitForText("[data-testid=leave-preview]", "3 working day");
    await s.type("[data-testid=leave-reason]", "Family wedding");
    await s.click("[data-testid=leave-submit]");
    await s.waitFor("[data-testid=leave-row][data-status=pending][data-pending=false]");

    await signOut(s);
    await openDemo(s, "manager");
    await go(s, "approvals");
    const row = await s.waitForText("[data-testid=approval-row]", (text) => text.includes("Emma Fischer"));
    assert.ok(row);
    const rows = await s.findAll("[data-testid=approval-row]");
    let approved = false;
    for (const candidate of rows) {
      if ((await candidate.text()).includes("Emma Fischer")) {
        const id = await candidate.attribute("data-id");
        await s.click(`[data-testid=approval-row][data-id="${id}"] [data-testid=approve]`);
        approved = true;
        break;
      }
    }
    assert.ok(approved, "the manager saw Emma's request");

    await signOut(s);
    await openDemo(s, "hr");
    await go(s, "approvals");
    await s.waitForText("[data-testid=approval-row]", (text) => text.includes("Emma Fischer"));
    for (const candidate of await s.findAll("[data-testid=approval-row]")) {
      if ((await candidate.text()).includes("Emma Fischer")) {
        const id = await candidate.attribute("data-id");
        await s.click(`[data-testid=approval-row][data-id="${id}"] [data-testid=approve]`);
        break;
      }
    }

    await signOut(s);
    await openDemo(s, "employee");
    await go(s, "leave");
    await s.waitFor("[data-testid=leave-row][data-status=approved]", { timeout: 20000 });
    await go(s, "notifications");
    await s.waitForText("[data-testid=notification-row]", (text) => /approved/i.test(text));
    const badge = await s.waitFor("[data-testid=unread-badge]");
    assert.ok(Number(await badge.text()) >= 1);

    // Plans change: approved leave that has not started can still be cancelled.
    await go(s, "leave");
    // It asks once first, naming who approved it and will be told.
    await s.click("[data-testid=leave-row][data-status=approved] [data-testid=leave-cancel]");
    await s.waitForText("[data-testid=leave-cancel-question]", (text) => /approved leave/.test(text) && /will be told/.test(text));
    await s.click("[data-testid=leave-cancel-confirm]");
    await s.waitFor("[data-testid=leave-row][data-status=cancelled]", { timeout: 20000 });
  } finally {
    await app.close();
  }
});
