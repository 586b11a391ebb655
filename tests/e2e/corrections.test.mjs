// A forgotten check-out, corrected with no signal on either side: the employee checks in and leaves
// without checking out; offline, they ask for a correction of the check-out (the device's pre-check
// first refuses a time still to come), see it queued, and it syncs when the server is back. Their
// manager, offline too, approves it from Approvals (queued, counted off the badge at once), and it
// syncs. The employee then sees the record corrected, with the times as punched kept.

import { test } from "node:test";
import assert from "node:assert/strict";
import { launch, screenshot } from "./harness.mjs";
import { waitUntil } from "./webdriver.mjs";
import { go, localClock, openDemo, setDemoServer, setValue, signOut, waitForNextMinute } from "./flows.mjs";

const REASON = "Left at the end of the day and forgot to check out";

/** The number the Approvals entry shows (0 when it shows none). */
async function approvalsBadge(s) {
  const [badge] = await s.findAll("[data-testid=approvals-badge]");
  return badge ? Number(await badge.text()) : 0;
}

test("a forgotten check-out is corrected offline, approved offline, and shows corrected with the punch kept", async () => {
  const app = await launch();
  const s = app.session;
  try {
    // The employee checks in at the door, and forgets to check out.
    await openDemo(s, "employee");
    await go(s, "today");
    await s.waitForText("[data-testid=geofence-status]", "HQ");
    await s.click("[data-testid=check-in]");
    await s.waitForText("[data-testid=today-state]", (text) => text.includes("Checked in since") && !/pending/i.test(text));
    const checkedIn = localClock();
    const today = new Date().toISOString().slice(0, 10);
    // A check-out in the minute of the check-in would come before it: the correction is asked for later.
    await waitForNextMinute(checkedIn.date);

    // Offline, they ask for the check-out they forgot, on the record itself.
    await setDemoServer(s, false);
    await go(s, "attendance");
    const row = `[data-testid=attendance-row][data-date="${today}"]`;
    await s.waitFor(row);
    const key = await (await s.find(row)).attribute("data-key");
    assert.match(key, /^\d+$/, "the record reached the server before the signal went");
    await s.click(`${row} [data-testid=correction-open]`);
    await s.waitFor("[data-testid=correction-form]");
    // A check-out still to come: the device's own check says the server will refuse it, before sending.
    const later = new Date(Date.now() + 2 * 60_000);
    await setValue(s, "[data-testid=correction-out]", localClock(later).clock);
    await s.waitForText("[data-testid=correction-warning]", "before or equal to now");
    await s.waitForText("[data-testid=correction-send]", "Send anyway");
    // The time they really left: now.
    const leftAt = localClock();
    assert.ok(leftAt.clock > checkedIn.clock || leftAt.day !== checkedIn.day, "the check-out comes after the check-in");
    await setValue(s, "[data-testid=correction-out]", leftAt.clock);
    await waitUntil(async () => (await s.findAll("[data-testid=correction-warning]")).length === 0, 10000, "the warning to go");
    await s.type("[data-testid=correction-reason]", REASON);
    await s.click("[data-testid=correction-send]");
    await s.waitForText("[data-testid=write-result]", "will sync");
    await s.waitForText(`${row} [data-testid=record-correction-pending]`, "waiting to sync");
    await s.waitForText(`[data-testid=my-correction][data-record="${key}"][data-queued=true] [data-testid=my-correction-status]`, "Waiting to sync");
    await s.waitForText("[data-testid=pending-count]", "1");

    // Back online, it syncs: the server has it, waiting for the manager.
    await setDemoServer(s, true);
    await s.waitForText("[data-testid=pending-count]", "0", { timeout: 30000 });
    await go(s, "attendance");
    await s.waitForText(`[data-testid=my-correction][data-record="${key}"][data-queued=false] [data-testid=my-correction-status]`, "Waiting for a decision", {
      timeout: 20000,
    });
    await s.waitForText(`${row} [data-testid=record-correction-pending]`, "pending");

    // The manager sees it in Approvals, counted on the badge with the leave requests.
    await signOut(s);
    await openDemo(s, "manager");
    await go(s, "approvals");
    const card = `[data-testid=correction-row][data-date="${today}"]`;
    await s.waitForText(card, "Emma Fischer", { timeout: 30000 });
    await s.waitForText(`${card} [data-testid=correction-times]`, `→ ${leftAt.clock}`);
    await s.waitForText(card, REASON);
    const waiting = await waitUntil(async () => approvalsBadge(s), 15000, "the Approvals badge");
    assert.ok(waiting >= 2, `the badge counts the correction with the rest (${waiting})`);

    // Offline, they approve it: queued, and off the badge at once.
    await setDemoServer(s, false);
    await go(s, "approvals");
    await s.click(`${card} [data-testid=correction-approve]`);
    await s.waitForText("[data-testid=write-result]", "will sync");
    await s.waitForText(`${card} [data-testid=correction-queued]`, "You approved this");
    await waitUntil(async () => (await approvalsBadge(s)) === waiting - 1, 10000, "the badge to count one less");
    await screenshot(s, "corrections-approvals-desktop");

    // Back online it syncs.
    await setDemoServer(s, true);
    await s.waitForText("[data-testid=pending-count]", "0", { timeout: 30000 });
    await go(s, "approvals");
    await waitUntil(async () => (await s.findAll(`${card}[data-queued=true]`)).length === 0, 20000, "the decision to leave the queue");
    assert.equal(await approvalsBadge(s), waiting - 1);

    // The employee's record now ends when they left, marked corrected, the punch kept.
    await signOut(s);
    await openDemo(s, "employee");
    await go(s, "attendance");
    const corrected = `${row}[data-corrected=true]`;
    await s.waitForText(`${corrected} .c-out`, leftAt.clock, { timeout: 30000 });
    await s.click(`${corrected} [data-testid=record-corrected]`);
    const originals = await s.waitForText(`[data-testid=record-originals][data-key="${key}"]`, "Originally");
    assert.ok(originals.includes(`in ${checkedIn.clock}`), `the punched check-in is kept: ${originals}`);
    assert.match(originals, /no check-out/, "and that there was no check-out");
    assert.ok(originals.includes(REASON), "with the reason");
    await s.waitForText(`[data-testid=my-correction][data-record="${key}"] [data-testid=my-correction-status]`, "Approved");
    assert.equal((await s.findAll(`${row} [data-testid=record-correction-pending]`)).length, 0, "nothing pending on it any more");
    await go(s, "today");
    await s.waitForText("[data-testid=today-state]", "Not checked in");
    await go(s, "attendance");
    await s.waitFor(`${corrected}`);
    await screenshot(s, "corrections-corrected-desktop");
  } finally {
    await app.close();
  }
});
