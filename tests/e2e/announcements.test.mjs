// An announcement for one department: HR writes it for Engineering, the server refuses a schedule in
// the past beside its field, HR publishes it now instead; Emma (Engineering) sees it in her feed and is
// notified, while Sara (Sales) never sees it. The feed shows pinned announcements first.

import { test } from "node:test";
import assert from "node:assert/strict";
import { launch, screenshot } from "./harness.mjs";
import { waitUntil } from "./webdriver.mjs";
import { go, openDemo, setValue, signIn, signOut } from "./flows.mjs";

test("HR publishes an announcement to Engineering: Emma sees it and is notified, Sales does not", async () => {
  const title = `Engineering offsite ${Date.now()}`;
  const app = await launch();
  const s = app.session;
  try {
    await openDemo(s, "hr");
    await go(s, "settings");
    const serverUrl = (await (await s.waitFor("[data-testid=account-server]")).text()).trim();

    // HR writes it where everyone reads announcements, for Engineering only.
    await go(s, "announcements");
    await s.click("[data-testid=announcement-new]");
    await s.waitFor("[data-testid=announcement-form]");
    await s.type("[data-testid=ann-title]", title);
    await s.type("[data-testid=ann-body]", "Two days in the mountains in spring: the plan and the sign-up follow.");
    await s.click("[data-testid=ann-audience-chosen]");
    await s.click("[data-testid=ann-department][data-name=Engineering]");

    // A schedule in the past: the server's refusal is shown beside the time.
    await s.click("[data-testid=ann-when-schedule]");
    await setValue(s, "[data-testid=ann-publish-at]", "2020-01-01T09:00");
    await s.waitForText("[data-testid=ann-save]", "Schedule");
    await s.click("[data-testid=ann-save]");
    await s.waitForText("[data-testid=ann-publish-at-error]", "after now");
    assert.equal(
      await s.execute("return document.querySelector('[data-testid=ann-publish-at]').getAttribute('aria-invalid');"),
      "true",
      "the time is marked invalid",
    );

    // Published now instead: its audience is notified.
    await s.click("[data-testid=ann-when-now]");
    await s.waitForText("[data-testid=ann-save]", "Publish now");
    await s.click("[data-testid=ann-save]");
    await s.waitForText("[data-testid=managed-result]", "Published");
    const row = await waitUntil(async () => {
      for (const candidate of await s.findAll("[data-testid=managed-announcement]")) {
        if ((await candidate.text()).includes(title)) return candidate;
      }
      return null;
    }, 15000, "the announcement in HR's list");
    assert.equal(await row.attribute("data-state"), "published");
    const id = await row.attribute("data-id");
    const managed = `[data-testid=managed-announcement][data-id="${id}"]`;
    await s.waitForText(`${managed} [data-testid=managed-audience]`, "Engineering");
    assert.doesNotMatch(await (await s.find(`${managed} [data-testid=managed-audience]`)).text(), /Everyone|Sales/);
    await screenshot(s, "announcements-manage-desktop");

    // Emma, in Engineering, reads it in her feed, below the pinned one, and was notified.
    await signOut(s);
    await openDemo(s, "employee");
    await go(s, "announcements");
    const post = `[data-testid=announcement][data-id="${id}"]`;
    await s.waitForText(post, title, { timeout: 20000 });
    const order = await s.execute(
      "return [...document.querySelectorAll('[data-testid=announcement]')].map((a) => a.getAttribute('data-pinned'));",
    );
    const firstUnpinned = order.indexOf("false");
    assert.ok(order.indexOf("true") === 0 || order.indexOf("true") === -1, "a pinned announcement heads the feed");
    assert.ok(!order.slice(firstUnpinned).includes("true"), `pinned ones all come first: ${order}`);
    const [pinned] = await s.findAll("[data-testid=announcement][data-pinned=true] [data-testid=announcement-pinned]");
    assert.ok(pinned, "the demo's pinned announcement is marked Pinned");
    await go(s, "notifications");
    await s.waitForText("[data-testid=notification-row]", (text) => text.includes(title));

    // Sara, head of Sales, signed in on the same server, never sees it.
    await signOut(s);
    await signIn(s, serverUrl, "sales.manager@acme.test");
    await go(s, "settings");
    await go(s, "announcements");
    await s.waitFor("[data-testid=announcement]");
    const titles = await s.execute("return [...document.querySelectorAll('[data-testid=announcement] h2')].map((h) => h.textContent);");
    assert.ok(titles.length > 0, "Sara's feed has the company-wide announcements");
    assert.ok(!titles.some((t) => t.includes(title)), `Sales does not see Engineering's announcement: ${titles}`);
    await go(s, "notifications");
    const notices = await s.execute("return [...document.querySelectorAll('[data-testid=notification-row]')].map((n) => n.textContent);");
    assert.ok(!notices.some((n) => n.includes(title)), "nor is Sara notified of it");
  } finally {
    await app.close();
  }
});
