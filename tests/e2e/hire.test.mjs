// People and organisation: HR hires someone in Admin and is handed their activation link once (hiring the
// same email again is refused beside the email field); the new person activates their account from the
// sign-in screen with that link, is signed in and checks in at HQ. HR also sees how far this device is from
// HQ's geofence, and offboards someone, sees what is still open for them, and cancels it.

import { test } from "node:test";
import assert from "node:assert/strict";
import { launch } from "./harness.mjs";
import { choose, go, isoDate, openDemo, setValue, signOut } from "./flows.mjs";

const EMMA = `[data-testid=admin-person][data-login="employee@acme.test"]`;
const NEW_EMAIL = "jana.novak@acme.test";
const NEW_PASSWORD = "first-day-2027";

async function fillHire(s) {
  await s.type("[data-testid=hire-first-name]", "Jana");
  await s.type("[data-testid=hire-last-name]", "Novak");
  await s.type("[data-testid=hire-email]", NEW_EMAIL);
  await s.type("[data-testid=hire-job-title]", "Field Engineer");
  await choose(s, "[data-testid=hire-department]", "Engineering");
  await choose(s, "[data-testid=hire-branch]", "HQ");
  await choose(s, "[data-testid=hire-manager]", "Max Weber");
}

test("HR hires someone, who activates from the sign-in screen and checks in at HQ; HR offboards someone", async () => {
  const app = await launch();
  const s = app.session;
  try {
    await openDemo(s, "hr");
    await go(s, "admin");
    await s.waitFor(`${EMMA}[data-status=ACTIVE]`, { timeout: 30000 });

    // Hiring: the link is shown once, prominently, with a way to copy it.
    await s.click("[data-testid=hire-open]");
    await fillHire(s);
    await s.click("[data-testid=hire-submit]");
    await s.waitForText("[data-testid=hire-activation]", "Jana Novak is hired", { timeout: 20000 });
    await s.waitForText("[data-testid=hire-activation]", "shown once");
    const link = await s.execute("return document.querySelector('[data-testid=hire-activation-link]').value;");
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/auth\/set-password\?token=.+/, "the link names the server and the token");
    await s.click("[data-testid=hire-copy]");
    await s.waitForText("[data-testid=hire-activation]", (text) => /Copied|could not reach the clipboard/.test(text));
    // The new account waits for its password.
    await s.waitFor(`[data-testid=admin-person][data-login="${NEW_EMAIL}"][data-status=PROVISIONED]`, { timeout: 20000 });

    // The same email again: the server's refusal sits beside the email field.
    await s.click("[data-testid=hire-done]");
    await s.click("[data-testid=hire-open]");
    await fillHire(s);
    await s.click("[data-testid=hire-submit]");
    await s.waitForText("[data-testid=hire-email-error]", "taken");
    assert.equal(
      await s.execute("return document.querySelector('[data-testid=hire-email]').getAttribute('aria-invalid');"),
      "true",
      "the email field is marked invalid",
    );
    assert.equal((await s.findAll("[data-testid=hire-activation]")).length, 0, "no second link");

    // HQ's geofence, measured from this device (at HQ).
    await s.click("[data-testid=admin-tab-org-units]");
    await s.click(`[data-testid=branch-row][data-name="HQ"] [data-testid=branch-edit]`);
    await s.waitForText("[data-testid=branch-distance]", "check-in from here would be accepted", { timeout: 20000 });
    await s.type("[data-testid=branch-latitude]", "48.8566");
    await s.type("[data-testid=branch-longitude]", "2.3522");
    await s.waitForText("[data-testid=branch-distance]", "would be refused");
    await s.click("[data-testid=branch-use-position]");
    await s.waitForText("[data-testid=branch-distance]", "0 m from the centre");

    // Offboarding Emma shows what is still open for her, and can be cancelled before her last day.
    await s.click("[data-testid=admin-tab-people]");
    await s.click(`${EMMA} [data-testid=admin-person-offboard]`);
    await setValue(s, `${EMMA} [data-testid=offboard-last-day]`, isoDate(new Date(), 14));
    await s.type(`${EMMA} [data-testid=offboard-reason]`, "Resignation");
    await s.click(`${EMMA} [data-testid=offboard-submit]`);
    await s.waitFor(`${EMMA} [data-testid=offboard-checklist]`, { timeout: 20000 });
    await s.waitForText(`${EMMA} [data-testid=offboard-status]`, "Resignation");
    const leave = await s.execute(
      "return Number(document.querySelector(arguments[0])?.getAttribute('data-count'));",
      [`${EMMA} [data-testid=open-item][data-group=leave]`],
    );
    assert.ok(leave > 0, `her leave balances are to settle (${leave})`);
    const open = Number(await (await s.find(`${EMMA} [data-testid=offboard-open-count]`)).text());
    assert.ok(open >= leave, `the count covers every open item (${open})`);
    await s.click(`${EMMA} [data-testid=offboard-cancel]`);
    await s.click(`${EMMA} [data-testid=offboard-cancel-yes]`);
    await s.waitFor(`${EMMA} [data-testid=offboard-submit]`);

    // The new person, on this device: the activation link from HR, a password, and they are in.
    await signOut(s);
    await s.click("[data-testid=activation-open]");
    await s.type("[data-testid=activation-link]", link);
    await s.waitForText("[data-testid=activation-server-from-link]", "127.0.0.1");
    await s.type("[data-testid=activation-email]", NEW_EMAIL);
    await s.type("[data-testid=activation-password]", NEW_PASSWORD);
    await s.type("[data-testid=activation-password-again]", NEW_PASSWORD);
    await s.click("[data-testid=activation-submit]");
    await s.waitFor("[data-testid=sync-indicator]", { timeout: 60000 });

    await go(s, "settings");
    await s.waitForText("[data-testid=account-server]", "127.0.0.1");
    await s.waitForText(".p-name", "Jana Novak", { timeout: 20000 });

    // Their first check-in, at HQ.
    await go(s, "today");
    await s.click("[data-testid=check-in]");
    await s.waitForText("[data-testid=today-state]", (text) => text.includes("Checked in since") && !/pending/i.test(text), { timeout: 20000 });

    // The link worked once: it is refused a second time, with the server's reason.
    await signOut(s);
    await s.click("[data-testid=activation-open]");
    await s.type("[data-testid=activation-link]", link);
    await s.type("[data-testid=activation-email]", NEW_EMAIL);
    await s.type("[data-testid=activation-password]", "another-password");
    await s.type("[data-testid=activation-password-again]", "another-password");
    await s.click("[data-testid=activation-submit]");
    await s.waitForText("[data-testid=activation-link-error]", "already used");
  } finally {
    await app.close();
  }
});
