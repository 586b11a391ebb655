// The employee's own writes, seen as they happen: every number on the screen matches the server's right
// after each write, a cancellation asks first, and focus lands somewhere safe after a submit.

import { test } from "node:test";
import assert from "node:assert/strict";
import { launch, startServer } from "./harness.mjs";
import { go, isoDate, nextYearMonday, setValue, signIn } from "./flows.mjs";
import { waitUntil } from "./webdriver.mjs";

const EMMA = "employee@acme.test";

/** The server's own figures, asked over the API as a second device would. */
async function serverBalances(url) {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ email: EMMA, password: "password", device_name: "e2e check" }),
  });
  const token = (await login.json()).data.attributes.token;
  const get = async (path) =>
    (await (await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}`, accept: "application/json" } })).json()).data;
  const year = new Date().getFullYear();
  const thisYear = (await get("/api/v1/me/leave-balances")).find((b) => b.attributes.leave_type === "annual").attributes;
  const nextYear = (await get(`/api/v1/me/leave-balances?year=${year + 1}`)).find((b) => b.attributes.leave_type === "annual").attributes;
  return { remaining: thisYear.remaining, pending: thisYear.pending, nextRemaining: nextYear.remaining };
}

/** The numbers the Leave screen shows for annual leave. */
async function shownOnLeave(s) {
  return s.execute(`
    const card = document.querySelector("[data-testid=balance-annual]");
    const number = (css) => Number((card?.querySelector(css)?.textContent ?? "").match(/-?\\d+/)?.[0]);
    return {
      remaining: number("[data-testid=balance-remaining]"),
      pending: number("[data-testid=balance-pending]"),
      nextRemaining: Number(card?.querySelector("[data-testid=balance-next-year]")?.getAttribute("data-remaining")),
    };`);
}

/** Waits until the Leave screen shows exactly the server's figures. */
async function leaveMatchesServer(s, url, what) {
  const wanted = await serverBalances(url);
  let shown = null;
  try {
    await waitUntil(async () => {
      shown = await shownOnLeave(s);
      return JSON.stringify(shown) === JSON.stringify(wanted);
    }, 10000, what);
  } catch {
    assert.deepEqual(shown, wanted, `${what}: the screen shows what the server says`);
  }
  return wanted;
}

test("after each of her own writes the numbers on screen are the server's, and cancelling asks first", async () => {
  const server = await startServer(0);
  const app = await launch();
  const s = app.session;
  try {
    await signIn(s, server.url, EMMA);
    await go(s, "leave");
    await s.waitFor("[data-testid=balance-annual] [data-testid=balance-next-year]", { timeout: 30000 });
    const before = await leaveMatchesServer(s, server.url, "on arrival");

    const monday = nextYearMonday(6);
    await setValue(s, "[data-testid=leave-start]", isoDate(monday));
    await setValue(s, "[data-testid=leave-end]", isoDate(monday, 4));
    await s.waitForText("[data-testid=leave-preview]", "5 working days");
    await s.click("[data-testid=leave-submit]");
    await s.waitFor("[data-testid=leave-row][data-status=pending][data-pending=false]");
    const requested = await leaveMatchesServer(s, server.url, "right after the request, without leaving the screen");
    assert.equal(requested.nextRemaining, before.nextRemaining - 5);
    const focused = await s.execute("return document.activeElement?.id ?? '';");
    assert.equal(focused, "leave-type", "focus is back at the top of the form, not on a Cancel button");

    await go(s, "today");
    await s.waitForText("[data-testid=today-annual-left]", String(requested.remaining));

    // Cancelling asks once, says what it costs, and does nothing until confirmed.
    await go(s, "leave");
    const row = "[data-testid=leave-row][data-status=pending][data-pending=false]";
    await s.click(`${row} [data-testid=leave-cancel]`);
    await s.waitForText("[data-testid=leave-cancel-question]", "Withdraw your request");
    assert.equal((await s.findAll(row)).length, 1, "nothing cancelled yet");
    await s.click("[data-testid=leave-cancel-confirm]");
    await s.waitFor("[data-testid=leave-row][data-status=cancelled]", { timeout: 20000 });
    const cancelled = await leaveMatchesServer(s, server.url, "right after the cancellation");
    assert.equal(cancelled.nextRemaining, before.nextRemaining);
  } finally {
    await app.close();
    await server.stop();
  }
});
