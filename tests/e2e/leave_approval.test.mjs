// Demo sign-in as employee → check in at HQ → request leave → manager approves → HR approves →
// the employee sees it approved, with a notification.

import { test } from "node:test";
import assert from "node:assert/strict";
import { launch } from "./harness.mjs";
import { go, isoDate, nextYearMonday, openDemo, setValue, signOut } from "./flows.mjs";
import { waitUntil } from "./webdriver.mjs";

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
    // What waits for the manager is counted where they look first: Today and the Approvals entry. Two
    // leave requests and the demo's punch correction.
    await go(s, "today");
    await s.waitForText("[data-testid=today-approvals] .value", "3");
    await s.waitForText("[data-testid=approvals-badge]", "3");
    await go(s, "approvals");
    const row = await s.waitForText("[data-testid=approval-row]", (text) => text.includes("Emma Fischer"));
    assert.ok(row);
    let emma = null;
    let other = null;
    for (const candidate of await s.findAll("[data-testid=approval-row]")) {
      const id = await candidate.attribute("data-id");
      if ((await candidate.text()).includes("Emma Fischer")) emma = id;
      else other = id;
    }
    assert.ok(emma && other, "the manager saw Emma's request and the other one waiting");
    // The card says what the request leaves of her balance, and who else is off then.
    const card = `[data-testid=approval-row][data-id="${emma}"]`;
    await s.waitForText(`${card} [data-testid=approval-balance]`, (text) => /\d+ of \d+ annual days.* left after this/.test(text));
    await s.waitForText(`${card} [data-testid=approval-overlaps]`, (text) => /off then/i.test(text));
    await s.click(`${card} [data-testid=approve]`);
    await s.waitForText("[data-testid=approvals-badge]", "2");

    // Rejecting asks for a reason first; nothing is sent until it is confirmed.
    const otherCard = `[data-testid=approval-row][data-id="${other}"]`;
    await s.click(`${otherCard} [data-testid=reject]`);
    const focused = await s.execute("return document.activeElement?.getAttribute('data-testid') ?? '';");
    assert.equal(focused, "reject-reason", "the reason box is ready to type in");
    await s.type(`${otherCard} [data-testid=reject-reason]`, "Team offsite that week");
    assert.ok((await s.findAll(otherCard)).length === 1, "still waiting until confirmed");
    await s.click(`${otherCard} [data-testid=confirm-reject]`);
    // No leave request is left; the demo's punch correction still waits.
    await s.waitForText("[data-testid=approvals-badge]", (text) => text.trim() === "1");
    await waitUntil(async () => (await s.findAll("[data-testid=approval-row]")).length === 0, 15000, "no leave request left waiting");

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

    // The manager is told, and the notice of her request no longer offers to open approvals.
    await signOut(s);
    await openDemo(s, "manager");
    await go(s, "notifications");
    await s.waitForText("[data-testid=notification-row]", (text) => /cancelled by Emma Fischer/i.test(text), { timeout: 20000 });
    await s.waitForText("[data-testid=notification-since]", (text) => /cancelled/i.test(text));
  } finally {
    await app.close();
  }
});
