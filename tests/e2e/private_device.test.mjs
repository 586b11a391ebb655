// What the device holds stays private: while signed in, nothing of the person (their name, email, payslip
// figures) can be read in the app's data folder, and signing out, even with a check-in still queued and
// no signal, leaves nothing of them there.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { launch, startServer } from "./harness.mjs";
import { go, signIn, signOut } from "./flows.mjs";

const EMMA = "employee@acme.test";

/** Every file below `dir`, with its bytes. */
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [{ path, bytes: readFileSync(path) }];
  });
}

/** The files below `dir` in which any of `secrets` can be read. */
function readableIn(dir, secrets) {
  return files(dir).flatMap(({ path, bytes }) =>
    secrets.filter((secret) => bytes.includes(Buffer.from(secret))).map((secret) => `${secret} in ${path}`),
  );
}

/** Emma's latest payslip's net, as the server holds it. */
async function netPay(serverUrl) {
  const headers = { Accept: "application/json", "Content-Type": "application/json" };
  const login = await fetch(`${serverUrl}/api/v1/auth/login`, {
    method: "POST",
    headers,
    body: JSON.stringify({ email: EMMA, password: "password", device_name: "e2e" }),
  }).then((r) => r.json());
  const token = login.data.attributes.token;
  const slips = await fetch(`${serverUrl}/api/v1/me/payslips`, { headers: { ...headers, Authorization: `Bearer ${token}` } }).then((r) => r.json());
  return String(slips.data[0].attributes.net);
}

test("nothing of the person is readable on disk, and signing out offline with force leaves nothing of them", async () => {
  const server = await startServer(0);
  const app = await launch();
  const s = app.session;
  try {
    const net = await netPay(server.url);
    await signIn(s, server.url, EMMA);
    await go(s, "payslips");
    await s.waitFor("[data-testid=payslip-row]", { timeout: 30000 });
    const secrets = ["Emma", "Fischer", EMMA, net];

    // No signal: a check-in waits on the device, encrypted like everything else.
    await server.stop();
    await go(s, "today");
    await s.click("[data-testid=check-in]");
    await s.waitForText("[data-testid=write-result]", "will sync");
    await s.waitForText("[data-testid=pending-count]", "1");
    assert.deepEqual(readableIn(app.dataDir, secrets), [], "the cache is encrypted");

    // Signing out asks first, since the check-in would be lost; the person chooses to sign out anyway.
    await go(s, "settings");
    await s.waitForText("[data-testid=account-server]", server.url);
    await signOut(s);
    assert.deepEqual(readableIn(app.dataDir, secrets), [], "nothing of Emma is left");
    const caches = files(app.dataDir).filter(({ path }) => path.endsWith(".sqlite") || path.endsWith(".sqlite-wal"));
    assert.deepEqual(caches.map(({ path }) => path), [], "her cache file is gone");
    const keys = `${app.dataDir}.keys`;
    const left = (() => {
      try {
        return readdirSync(keys);
      } catch {
        return [];
      }
    })();
    assert.deepEqual(left, [], "her key and token are gone from the keystore's fallback folder");
  } finally {
    await app.close();
    await server.stop();
  }
});
