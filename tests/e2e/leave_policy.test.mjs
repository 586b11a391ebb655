// Leave policy: HR creates "Volunteering" (paid, 2 days a year given upfront, the manager approves); a
// code the server cannot take is refused beside the code field. The year's grant, previewed per person and
// then run, shows in Emma's ledger; HR's adjustment needs a reason (the server says so beside it) and is
// listed with it, its author and the running balance. The run log names who ran the job.

import { test } from "node:test";
import assert from "node:assert/strict";
import { launch, screenshot } from "./harness.mjs";
import { choose, go, openDemo } from "./flows.mjs";

test("HR creates a leave type, grants it with the year's job and adjusts Emma's balance with a reason", async () => {
  const app = await launch();
  const s = app.session;
  const year = String(new Date().getFullYear());
  try {
    await openDemo(s, "hr");
    await go(s, "leave-policy");
    await s.waitFor("[data-testid=lt-row]", { timeout: 20000 });

    // The type, with the server's word on a code it cannot take beside the code field.
    await s.click("[data-testid=lt-add]");
    await s.type("[data-testid=lt-name]", "Volunteering");
    assert.equal(await s.execute("return document.querySelector('[data-testid=lt-code]').value;"), "volunteering", "the code follows the name");
    await s.type("[data-testid=lt-code]", "Volunteering days");
    await s.type("[data-testid=lt-days]", "2");
    await choose(s, "[data-testid=lt-chain]", "The manager");
    await s.click("[data-testid=lt-save]");
    await s.waitForText("[data-testid=lt-code-error]", "format is invalid");
    await s.type("[data-testid=lt-code]", "volunteering");
    await s.click("[data-testid=lt-save]");
    await s.waitForText("[data-testid=lt-result]", "Created “Volunteering”");
    const rules = "[data-testid=lt-row][data-code=volunteering] [data-testid=lt-rules]";
    await s.waitForText(rules, "Paid");
    await s.waitForText(rules, "2 days a year, all on 1 January");
    await s.waitForText(rules, "Approved by the manager");

    // The year's grant: previewed per person, then run.
    await s.click("[data-testid=policy-tab-jobs]");
    assert.equal(await s.execute("return document.querySelector('[data-testid=job-period]').value;"), year, "this year's grant is proposed");
    await s.click("[data-testid=job-preview]");
    await s.waitForText("[data-testid=job-outcome]", "Nothing is written until you run it", { timeout: 20000 });
    await s.waitForText(`[data-testid=job-person][data-name="Emma Fischer"]`, "Yearly grant +2 volunteering");
    await s.click("[data-testid=job-run]");
    await s.waitForText("[data-testid=job-outcome]", "Wrote");
    await s.waitForText(`[data-testid=job-run-row][data-job=yearly_grant][data-period="${year}"]`, "Run by Hanna Richter");
    await s.click("[data-testid=job-run]");
    await s.waitForText("[data-testid=job-outcome]", "Wrote 0 entries: everything was done already");

    // Emma's ledger shows the grant; an adjustment needs a reason, then shows with it and its author.
    await s.click("[data-testid=policy-tab-ledger]");
    await s.type("[data-testid=ledger-person-find]", "Emma");
    await choose(s, "[data-testid=ledger-person]", "Emma Fischer");
    await s.waitForText("[data-testid=ledger-entry][data-kind=grant][data-type=volunteering]", "+2", { timeout: 20000 });
    await s.waitForText("[data-testid=ledger-balance][data-type=volunteering]", "Volunteering: 2 days");
    await choose(s, "[data-testid=adjust-type]", "Volunteering");
    await s.type("[data-testid=adjust-days]", "+1");
    await s.click("[data-testid=adjust-save]");
    await s.waitForText("[data-testid=adjust-reason-error]", "reason field is required");
    await s.type("[data-testid=adjust-reason]", "Organised the charity run");
    await s.click("[data-testid=adjust-save]");
    await s.waitForText("[data-testid=adjust-result]", "+1 Volunteering for Emma Fischer");
    const adjustment = "[data-testid=ledger-entry][data-kind=adjustment][data-type=volunteering]";
    await s.waitForText(adjustment, "Organised the charity run");
    await s.waitForText(`${adjustment} [data-testid=ledger-entry-author]`, "Hanna Richter");
    await s.waitForText(`${adjustment} [data-testid=ledger-entry-balance]`, "3");
    await s.waitForText("[data-testid=ledger-balance][data-type=volunteering]", "Volunteering: 3 days");
    await screenshot(s, "leave-policy-ledger-desktop");

    // On a phone nothing runs off the side.
    await s.setWindowRect(390, 844);
    await s.click("[data-testid=policy-tab-types]");
    await s.waitFor("[data-testid=lt-row]");
    const overflow = await s.execute("return document.documentElement.scrollWidth - window.innerWidth;");
    assert.ok(overflow <= 0, `the leave types fit a phone's width (${overflow}px too wide)`);
    await s.setWindowRect(1280, 900);
  } finally {
    await app.close();
  }
});
