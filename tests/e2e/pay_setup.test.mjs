// Pay setup: HR reads each component's rule in words, creates a component whose formula the server
// refuses beside the formula field (focus on it), fixes it; makes a structure (a name taken is refused
// beside the name); pays Emma with it from a day, adds and ends a recurring deduction; and sets the
// company's IBAN (an invalid one refused beside the IBAN).

import { test } from "node:test";
import assert from "node:assert/strict";
import { launch } from "./harness.mjs";
import { choose, go, openDemo, setValue } from "./flows.mjs";

const active = (s) => s.execute("return document.activeElement && document.activeElement.getAttribute('data-testid');");

test("HR sets up pay: a component, a structure, Emma's pay and the company's account", async () => {
  const app = await launch();
  const s = app.session;
  try {
    await openDemo(s, "hr");
    await go(s, "pay-setup");
    await s.waitFor("[data-testid=pc-row]", { timeout: 20000 });
    await s.waitForText("[data-testid=pc-row][data-code=HEALTH] [data-testid=pc-rules]", "Formula: min(gross, 5000) × 0.073");
    await s.waitForText("[data-testid=pc-row][data-code=PENSION_EE] [data-testid=pc-rules]", "5 % of gross");
    await s.waitForText("[data-testid=pc-row][data-code=TRANSPORT] [data-testid=pc-rules]", "Fixed 150.00");

    // A component: the server's word on a formula beside it, with the focus there.
    await s.click("[data-testid=pc-add]");
    await s.type("[data-testid=pc-name]", "Meal vouchers");
    assert.equal(await s.execute("return document.querySelector('[data-testid=pc-code]').value;"), "MEAL_VOUCHERS");
    await s.click("[data-testid=pc-rule-expression]");
    await s.type("[data-testid=pc-expression]", "paid_days * 8 +");
    await s.click("[data-testid=pc-save]");
    await s.waitForText("[data-testid=pc-rule-expression-error]", "formula");
    assert.equal(await active(s), "pc-expression", "focus moves to the formula");
    assert.match(await s.execute("return document.querySelector('[data-testid=pc-expression]').getAttribute('aria-describedby');"), /pc-rule-expression-error/);
    await s.type("[data-testid=pc-expression]", "paid_days * 8");
    await s.waitForText("[data-testid=pc-preview]", "Formula: paid_days × 8");
    await s.click("[data-testid=pc-save]");
    await s.waitForText("[data-testid=pc-result]", "Created “Meal vouchers”");
    await s.waitForText("[data-testid=pc-row][data-code=MEAL_VOUCHERS] [data-testid=pc-rules]", "Formula: paid_days × 8");

    // A structure: a name taken is refused beside the name.
    await s.click("[data-testid=pay-setup-tab-structures]");
    await s.waitFor("[data-testid=ss-item]", { timeout: 20000 });
    await s.click("[data-testid=ss-create]");
    await s.type("[data-testid=ss-name]", "Staff");
    await choose(s, "[data-testid=ss-add]", "Basic pay");
    await s.click("[data-testid=ss-add-button]");
    await choose(s, "[data-testid=ss-add]", "Meal vouchers");
    await s.click("[data-testid=ss-add-button]");
    await choose(s, "[data-testid=ss-add]", "Health insurance");
    await s.click("[data-testid=ss-add-button]");
    await s.click("[data-testid=ss-row][data-code=MEAL_VOUCHERS] [data-testid=ss-up]");
    const codes = await s.execute("return [...document.querySelectorAll('[data-testid=ss-row]')].map((r) => r.dataset.code);");
    assert.deepEqual(codes, ["MEAL_VOUCHERS", "BASIC", "HEALTH"]);
    await s.click("[data-testid=ss-save]");
    await s.waitFor("[data-testid=ss-name-error]");
    assert.equal(await active(s), "ss-name");
    await s.type("[data-testid=ss-name]", "Interns");
    await s.click("[data-testid=ss-save]");
    await s.waitForText("[data-testid=ss-result]", "Created “Interns” with 3 components");

    // Emma's pay: a base that is not a number is caught, then she is paid with Interns.
    await s.click("[data-testid=pay-setup-tab-people]");
    await s.type("[data-testid=pay-person-find]", "Emma");
    await choose(s, "[data-testid=pay-person]", "Emma Fischer");
    await s.waitFor("[data-testid=pay-assignment-form]", { timeout: 20000 });
    const before = await s.execute("return document.querySelectorAll('[data-testid=pa-row]').length;");
    const year = new Date().getFullYear() + 1;
    await setValue(s, "[data-testid=pa-from]", `${year}-01-01`);
    await choose(s, "[data-testid=pa-structure]", "Interns");
    await s.type("[data-testid=pa-base]", "1,200");
    await s.click("[data-testid=pa-save]");
    await s.waitForText("[data-testid=pa-base_amount-error]", "must be a number");
    assert.equal(await active(s), "pa-base");
    await s.type("[data-testid=pa-base]", "1200");
    await s.click("[data-testid=pa-save]");
    await s.waitForText("[data-testid=pa-result]", "Interns, base");
    await s.waitForText("[data-testid=pa-row][data-state=upcoming]", "Interns");
    assert.equal(await s.execute("return document.querySelectorAll('[data-testid=pa-row]').length;"), before + 1);

    // A recurring deduction whose end is before its start: the server says so beside the end.
    await s.click("[data-testid=adj-kind-deduction]");
    await s.type("[data-testid=adj-name]", "Parking");
    await s.type("[data-testid=adj-amount]", "25");
    await s.click("[data-testid=adj-recurring]");
    await setValue(s, "[data-testid=adj-starts]", `${year}-02-01`);
    await setValue(s, "[data-testid=adj-ends]", `${year}-01-15`);
    await s.click("[data-testid=adj-save]");
    await s.waitFor("[data-testid=adj-ends_on-error]");
    await setValue(s, "[data-testid=adj-ends]", "");
    await s.click("[data-testid=adj-save]");
    await s.waitForText("[data-testid=adj-result]", "Added “Parking”");
    const parking = "[data-testid=adj-row][data-kind=deduction]";
    await s.waitForText(parking, `Every run from 1 Feb ${year} until ended`);
    await s.click(`${parking} [data-testid=adj-end]`);
    await setValue(s, "[data-testid=adj-end-day]", `${year}-06-30`);
    await s.click("[data-testid=adj-end-save]");
    await s.waitForText("[data-testid=adj-result]", "last time");
    await s.waitForText(parking, `to 30 Jun ${year}`);
    await s.click(`${parking} [data-testid=adj-delete]`);
    await s.click("[data-testid=adj-confirm-delete]");
    await s.waitForText("[data-testid=adj-result]", "Deleted “Parking”");

    // The company's account: an invalid IBAN is refused beside it.
    await s.click("[data-testid=pay-setup-tab-settings]");
    await s.waitFor("[data-testid=payroll-settings-form]", { timeout: 20000 });
    await s.type("[data-testid=ps-debtor-name]", "Acme GmbH");
    await s.type("[data-testid=ps-debtor-iban]", "DE00 1234");
    await s.click("[data-testid=ps-save]");
    await s.waitForText("[data-testid=ps-debtor_iban-error]", "IBAN");
    assert.equal(await active(s), "ps-debtor-iban");
    await s.type("[data-testid=ps-debtor-iban]", "DE89 3704 0044 0532 0130 00");
    await s.type("[data-testid=ps-threshold]", "12.5");
    await s.click("[data-testid=ps-save]");
    await s.waitForText("[data-testid=ps-result]", "Saved");
    await s.waitForText("[data-testid=ps-summary]", "DE89 3704 0044 0532 0130 00");
    await s.waitForText("[data-testid=ps-summary]", "more than 12.5 %");
    await s.click("[data-testid=pay-setup-tab-components]");
    await s.waitFor("[data-testid=pc-row]");
  } finally {
    await app.close();
  }
});
