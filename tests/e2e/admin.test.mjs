// HR's admin area: suspend someone and see their status change; offline, the last list still shows
// and the write buttons are disabled with the reason.

import { test } from "node:test";
import assert from "node:assert/strict";
import { launch } from "./harness.mjs";
import { go, openDemo, setDemoServer } from "./flows.mjs";

const EMMA = `[data-testid=admin-person][data-login="employee@acme.test"]`;

test("HR suspends and unsuspends a person; offline the list stays and changes are disabled", async () => {
  const app = await launch();
  const s = app.session;
  try {
    await openDemo(s, "hr");
    await go(s, "admin");
    await s.waitFor(`${EMMA}[data-status=ACTIVE]`, { timeout: 30000 });
    const count = await (await s.find("[data-testid=admin-people-count]")).text();
    assert.match(count, /of 49/);

    await s.click(`${EMMA} [data-testid=admin-action-suspend]`);
    await s.waitForText("[data-testid=admin-confirm]", "Suspend Emma");
    await s.click("[data-testid=admin-confirm-yes]");
    await s.waitFor(`${EMMA}[data-status=SUSPENDED]`);
    await s.waitForText("[data-testid=admin-result]", "status now Suspended");
    await s.waitForText(`${EMMA} [data-testid=admin-status]`, "Suspended");

    await s.click(`${EMMA} [data-testid=admin-action-unsuspend]`);
    await s.waitFor(`${EMMA}[data-status=ACTIVE]`);

    await s.click("[data-testid=admin-tab-groups]");
    await s.waitFor("[data-testid=admin-group]");
    await s.click("[data-testid=admin-tab-organization]");
    await s.waitForText("[data-testid=admin-contacts]", "Billing");
    await s.click("[data-testid=admin-tab-people]");

    await setDemoServer(s, false);
    await go(s, "admin");
    await s.waitForText("[data-testid=admin-offline]", "Admin changes need a connection", { timeout: 30000 });
    await s.waitFor(`${EMMA}[data-status=ACTIVE]`);
    const suspend = `${EMMA} [data-testid=admin-action-suspend]`;
    assert.equal(await s.execute("return document.querySelector(arguments[0]).disabled;", [suspend]), true);
    assert.equal(
      await s.execute("return document.querySelector(arguments[0]).title;", [suspend]),
      "Admin changes need a connection",
    );
  } finally {
    await app.close();
  }
});
