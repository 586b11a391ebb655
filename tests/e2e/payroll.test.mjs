// Payroll: HR opens this month's draft, sees the joiner and the person on unpaid leave flagged, reads how
// the unpaid leave cut the basic pay, holds that person with a reason (a hold without one is refused beside
// the reason), locks the run after being told what locking does, saves the CSV bank file (the held person
// is not in it), marks the run paid and publishes it. Emma then signs in, loses her connection, opens her
// new payslip and saves its PDF from what the device kept.

import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { launch, screenshot } from "./harness.mjs";
import { choose, go, openDemo, setDemoServer, signOut } from "./flows.mjs";
import { waitUntil } from "./webdriver.mjs";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

test("HR reviews, holds, locks, pays and publishes this month's run; Emma saves her new payslip offline", async () => {
  const now = new Date();
  const period = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`;
  const monthName = `${MONTHS[now.getMonth()]} ${now.getFullYear()}`;
  const app = await launch();
  const s = app.session;
  try {
    await openDemo(s, "hr");

    // Someone hired today, with no pay set up yet: the lock will refuse until HR decides about them.
    await go(s, "admin");
    await s.click("[data-testid=hire-open]");
    await s.type("[data-testid=hire-first-name]", "Jana");
    await s.type("[data-testid=hire-last-name]", "Novak");
    await s.type("[data-testid=hire-email]", "jana.novak@acme.test");
    await s.type("[data-testid=hire-job-title]", "Field Engineer");
    await choose(s, "[data-testid=hire-department]", "Engineering");
    await choose(s, "[data-testid=hire-branch]", "HQ");
    await s.click("[data-testid=hire-submit]");
    await s.waitForText("[data-testid=hire-activation]", "Jana Novak is hired", { timeout: 20000 });
    await s.click("[data-testid=hire-done]");

    await go(s, "payroll");
    await s.click(`[data-testid=payroll-row][data-period="${period}"][data-status=draft]`);
    await s.waitForText("[data-testid=run-status]", "Draft", { timeout: 20000 });

    // The review: the joiner and the person on unpaid leave are flagged, and only they (and any other
    // flagged) stay with "Flagged only".
    const joiner = "[data-testid=payroll-line][data-flags~=joiner]";
    const onLeave = "[data-testid=payroll-line][data-flags~=unpaid_leave]";
    await s.waitForText(`${joiner} [data-testid=line-flag][data-flag=joiner]`, "Joiner", { timeout: 20000 });
    await s.waitForText(`${onLeave} [data-testid=line-flag][data-flag=unpaid_leave]`, "2 days unpaid leave");
    const everyone = (await s.findAll("[data-testid=payroll-line]")).length;
    await s.click("[data-testid=review-flagged-only]");
    await waitUntil(async () => (await s.findAll("[data-testid=payroll-line]")).length < everyone, 10000, "the list to keep only the flagged");
    const unflagged = await s.execute(
      "return [...document.querySelectorAll('[data-testid=payroll-line]')].filter((l) => !l.dataset.flags && l.dataset.status !== 'failed').length;",
    );
    assert.equal(unflagged, 0, "only flagged people are listed");
    await s.waitFor(joiner);

    // The person on unpaid leave: flagged, and the basic pay says how the days cut it.
    const name = await (await s.waitFor(onLeave)).attribute("data-name");
    assert.notEqual(name, "Emma Fischer", "Emma is paid in this run");
    await s.click(`${onLeave} button`);
    const person = `[data-testid=review-person][data-name="${name}"]`;
    await s.waitForText(`${person} [data-testid=review-flag][data-flag=unpaid_leave]`, "2 days unpaid leave");
    await s.waitForText(`${person} [data-testid=slip-line][data-code=BASIC] [data-testid=slip-explanation]`, (text) => / × \d+(\.\d+)?\/\d+ days/.test(text));
    assert.equal(
      await s.execute("return document.activeElement?.id ?? '';"),
      "person-title",
      "focus moves to the person opened",
    );
    await s.execute("window.scrollTo(0, 0); document.querySelector('main')?.scrollTo?.(0, 0);");
    await screenshot(s, "payroll-review-desktop");

    // A component set by hand: an amount that is not one is refused beside it; the reason is printed on
    // the line; and the rule can be used again.
    await s.click(`${person} [data-testid=line-override]`);
    await choose(s, `${person} [data-testid=override-code]`, "Transport allowance");
    await s.type(`${person} [data-testid=override-amount]`, "a lot");
    await s.type(`${person} [data-testid=override-reason]`, "Monthly rail pass");
    await s.click(`${person} [data-testid=override-save]`);
    await s.waitForText(`${person} [data-testid=override-amount-error]`, "must be a number");
    await s.type(`${person} [data-testid=override-amount]`, "200");
    await s.click(`${person} [data-testid=override-save]`);
    await s.waitForText(`${person} [data-testid=line-result]`, "Set by hand");
    const transport = await (await s.waitFor(`${person} [data-testid=slip-line] [data-testid=override-clear]`)).text();
    assert.match(transport, /rule/);
    await s.waitForText(`${person} [data-testid=slip-line]:has([data-testid=override-clear]) [data-testid=slip-explanation]`, "set by HR: Monthly rail pass");
    await s.click(`${person} [data-testid=override-clear]`);
    await s.waitForText(`${person} [data-testid=line-result]`, "Computed by its rule again");
    await waitUntil(async () => (await s.findAll(`${person} [data-testid=override-clear]`)).length === 0, 10000, "the override to go");

    // Held with a reason: without one the server says so beside the field.
    await s.click(`${person} [data-testid=line-hold]`);
    await s.click(`${person} [data-testid=line-decide-submit]`);
    await s.waitForText(`${person} [data-testid=line-reason-error]`, "reason field is required");
    await s.type(`${person} [data-testid=line-reason]`, "Bank details being checked");
    await s.click(`${person} [data-testid=line-decide-submit]`);
    await s.waitForText(`${person} [data-testid=line-result]`, `Held: ${name}`);
    await s.waitForText(`${person} [data-testid=person-note]`, "Bank details being checked");
    await s.waitFor(`[data-testid=payroll-line][data-name="${name}"][data-status=held]`);

    // The lock is refused with the server's reason: Jana cannot be computed. Recomputed, her line says
    // why; she is excluded from this run with a reason.
    await s.click("[data-testid=run-lock]");
    await s.click("[data-testid=run-confirm-yes]");
    await s.waitForText("[data-testid=run-refusal]", "Lock run was refused", { timeout: 30000 });
    await s.waitForText("[data-testid=run-refusal-reason]", "Jana Novak could not be computed");
    await s.waitForText("[data-testid=run-status]", "Draft");
    await s.click("[data-testid=run-recompute]");
    await s.waitForText("[data-testid=run-result]", "recomputed", { timeout: 30000 });
    const jana = `[data-testid=payroll-line][data-name="Jana Novak"][data-status=failed]`;
    await s.click(`${jana} button`);
    const janaPanel = `[data-testid=review-person][data-name="Jana Novak"]`;
    await s.waitForText(`${janaPanel} [data-testid=person-error]`, "Could not be computed");
    await s.click(`${janaPanel} [data-testid=line-exclude]`);
    await s.type(`${janaPanel} [data-testid=line-reason]`, "Starts being paid next month");
    await s.click(`${janaPanel} [data-testid=line-decide-submit]`);
    await s.waitForText(`${janaPanel} [data-testid=line-result]`, "Excluded: Jana Novak");
    await s.waitFor(`${janaPanel}[data-status=excluded]`);
    await s.click(`${janaPanel} [data-testid=person-close]`);
    await s.click(`[data-testid=payroll-line][data-name="${name}"] button`);
    await s.waitFor(person);

    // Locked after being told what it does.
    await s.click("[data-testid=run-lock]");
    await s.waitForText("[data-testid=run-confirm]", "figures and bank accounts");
    await s.waitForText("[data-testid=run-confirm]", "1 person held is not paid");
    await s.click("[data-testid=run-confirm-yes]");
    await s.waitForText("[data-testid=run-result]", `${monthName} is locked`, { timeout: 30000 });
    await s.waitForText("[data-testid=run-status]", "Locked");
    assert.equal((await s.findAll(`${person} [data-testid=line-hold], ${person} [data-testid=line-include]`)).length, 0, "a locked run is read-only");

    // The CSV bank file, in the downloads folder: everyone paid, not the held person.
    await s.click("[data-testid=bank-file-save]");
    await s.waitForText("[data-testid=bank-file-saved]", "transfer", { timeout: 20000 });
    await screenshot(s, "payroll-locked-desktop");
    const csvPath = (await (await s.find("[data-testid=bank-file-path]")).text()).trim();
    assert.ok(existsSync(csvPath), `the bank file is on disk at ${csvPath}`);
    const rows = readFileSync(csvPath, "utf8").trim().split(/\r?\n/);
    assert.ok(rows.length >= 2, "a header and at least one transfer");
    assert.ok(rows.some((row) => row.includes("Emma Fischer")), "Emma is paid");
    assert.ok(!rows.some((row) => row.includes(name)), `${name}, held, is not paid`);

    // The same transfers as a SEPA credit transfer.
    await choose(s, "[data-testid=bank-file-format]", "SEPA");
    await s.click("[data-testid=bank-file-save]");
    await s.waitForText("[data-testid=bank-file-saved]", ".xml", { timeout: 20000 });
    const sepaPath = (await (await s.find("[data-testid=bank-file-path]")).text()).trim();
    const sepa = readFileSync(sepaPath, "utf8");
    assert.match(sepa, /pain\.001/, "a pain.001 document");
    assert.equal(sepa.split("<CdtTrfTxInf>").length - 1, rows.length - 1, "one transfer per CSV row");

    // Every payslip of the run, one PDF each, in a ZIP for HR's records.
    await s.click("[data-testid=payslips-save]");
    await s.waitForText("[data-testid=payslips-saved]", ".zip", { timeout: 60000 });
    const zipPath = (await (await s.find("[data-testid=payslips-saved] .mono")).text()).trim();
    assert.equal(readFileSync(zipPath).subarray(0, 2).toString("latin1"), "PK", "a ZIP");

    // Paid, then published after being told who will see what.
    await s.click("[data-testid=run-pay]");
    await s.waitForText("[data-testid=run-result]", `${monthName} is marked paid`, { timeout: 20000 });
    await s.waitForText("[data-testid=run-status]", "Paid");
    await s.click("[data-testid=run-publish]");
    await s.waitForText("[data-testid=run-confirm]", "be notified");
    await s.click("[data-testid=run-confirm-yes]");
    await s.waitForText("[data-testid=run-result]", `${monthName} is published`, { timeout: 30000 });
    await s.waitForText("[data-testid=run-status]", "Published");

    // On a phone the run and the person fit the width.
    await s.setWindowRect(390, 844);
    await s.waitFor(person);
    const overflow = await s.execute("return document.documentElement.scrollWidth - window.innerWidth;");
    assert.ok(overflow <= 0, `the run fits a phone's width (${overflow}px too wide)`);
    await s.setWindowRect(1280, 900);
    await waitUntil(async () => (await s.execute("return window.innerWidth;")) > 1000, 10000, "the window to widen again");
    await s.waitFor("[data-testid=nav-settings]");

    // The held person is paid later by correcting the run: a new draft with only what was not paid.
    await s.click("[data-testid=run-correct]");
    await s.waitForText("[data-testid=run-correct-confirm]", "difference");
    await s.click("[data-testid=run-correct-yes]");
    await s.waitForText("[data-testid=run-status]", "Draft", { timeout: 30000 });
    // The list still shows only the flagged; a correction's lines have no review flags of their own.
    if (await s.execute("return document.querySelector('[data-testid=review-flagged-only]').checked;")) {
      await s.click("[data-testid=review-flagged-only]");
    }
    await s.waitFor(`[data-testid=payroll-line][data-name="${name}"]`, { timeout: 20000 });
    const correcting = await s.findAll("[data-testid=payroll-line]");
    assert.ok(correcting.length < everyone, `only who has pay to correct is in it (${correcting.length})`);

    // Emma: her new payslip arrives while online; then, with no connection, she saves its PDF.
    await signOut(s);
    await openDemo(s, "employee");
    await go(s, "payslips");
    await s.waitForText("[data-testid=payslip-row]", monthName, { timeout: 30000 });
    await setDemoServer(s, false);
    await go(s, "payslips");
    await s.click("[data-testid=payslip-row]");
    await s.waitForText("[data-testid=payslip-detail]", monthName);
    await s.click("[data-testid=save-pdf]");
    await s.waitFor("[data-testid=pdf-saved]", { timeout: 20000 });
    const pdfPath = (await (await s.find("[data-testid=pdf-saved] .mono")).text()).trim();
    assert.ok(existsSync(pdfPath), `the PDF is on disk at ${pdfPath}`);
    assert.equal(readFileSync(pdfPath).subarray(0, 5).toString("latin1"), "%PDF-", "it is a PDF");
  } finally {
    await app.close();
  }
});
