// HR manages people through the Users API; the employee's app feels it: a suspended employee is told
// why they were signed out and their device keeps nothing of theirs; an expired password is replaced at
// sign-in.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { launch, startServer } from "./harness.mjs";
import { go, signIn } from "./flows.mjs";

const ACME_API_TOKEN = "00acme-demo-api-token-for-trying-the-admin-apis";

async function lifecycle(server, login, operation) {
  const reply = await fetch(`${server.url}/api/v1/users/${login}/lifecycle/${operation}`, {
    method: "POST",
    headers: { Authorization: `SSWS ${ACME_API_TOKEN}`, Accept: "application/json" },
  });
  assert.ok(reply.ok, `${operation}: ${reply.status} ${await reply.text()}`);
}

test("an employee suspended by HR is signed out with the reason, and the device keeps nothing of theirs", async () => {
  const server = await startServer(10);
  const app = await launch();
  const s = app.session;
  try {
    await signIn(s, server.url, "employee@acme.test");
    await go(s, "payslips");
    await s.waitFor("[data-testid=payslip-row]");
    await lifecycle(server, "employee@acme.test", "suspend");

    await go(s, "settings");
    await s.click("[data-testid=sync-now]");
    // Nothing was queued, so the account is erased at once; the sign-in screen says why.
    await s.waitForText("[data-testid=dismissed-because]", "suspended by your HR team", { timeout: 30000 });
    await s.waitForText("[data-testid=dismissed-because]", "Nothing of your account is kept on this device");
    const caches = readdirSync(app.dataDir).filter((name) => name.endsWith(".sqlite"));
    assert.deepEqual(caches, [], "no cache file is left");

    // Back at work: signing in again fetches their data afresh.
    await lifecycle(server, "employee@acme.test", "unsuspend");
    await signIn(s, server.url, "employee@acme.test");
    await go(s, "payslips");
    await s.waitFor("[data-testid=payslip-row]", { timeout: 30000 });
  } finally {
    await app.close();
    await server.stop();
  }
});

test("an employee whose password HR expired chooses a new one as they sign in", async () => {
  const server = await startServer(10);
  const app = await launch();
  const s = app.session;
  try {
    await lifecycle(server, "employee@acme.test", "expire_password");
    await s.type("[data-testid=server-url]", server.url);
    await s.type("[data-testid=email]", "employee@acme.test");
    await s.type("[data-testid=password]", "password");
    await s.click("[data-testid=sign-in]");
    await s.waitForText("[data-testid=sign-in-error]", "expired");
    await s.type("[data-testid=new-password]", "a-brand-new-secret");
    await s.click("[data-testid=sign-in]");
    await s.waitFor("[data-testid=sync-indicator]", { timeout: 60000 });
  } finally {
    await app.close();
    await server.stop();
  }
});
