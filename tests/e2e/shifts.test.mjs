// HR's shifts: HR adds an afternoon shift, gives it to Emma from today and sees it among her shifts;
// Emma's Today shows the hours she is due. Retiring the shift keeps it listed, marked retired, and out
// of the shifts HR can give.

import { test } from "node:test";
import assert from "node:assert/strict";
import { launch, screenshot } from "./harness.mjs";
import { waitUntil } from "./webdriver.mjs";
import { go, openDemo, setValue, signOut } from "./flows.mjs";

test("HR adds a shift and gives it to Emma, whose Today shows her hours", async () => {
  const name = `Afternoon desk ${Date.now() % 100000}`;
  const app = await launch();
  const s = app.session;
  try {
    await openDemo(s, "hr");
    await go(s, "hr");
    await s.click("[data-testid=hr-tab-shifts]");
    await s.waitFor("[data-testid=shift-row]", { timeout: 20000 });

    await s.type("[data-testid=shift-name-input]", name);
    await setValue(s, "[data-testid=shift-starts]", "13:00");
    await setValue(s, "[data-testid=shift-ends]", "21:30");
    await s.type("[data-testid=shift-late]", "5");
    await s.click("[data-testid=shift-save]");
    await s.waitForText("[data-testid=shift-result]", `Added “${name}”, 13:00–21:30`);
    const row = await waitUntil(async () => {
      for (const candidate of await s.findAll("[data-testid=shift-row]")) {
        if ((await candidate.text()).includes(name)) return candidate;
      }
      return null;
    }, 15000, "the new shift in the list");
    const id = await row.attribute("data-id");
    await s.waitForText(`[data-testid=shift-row][data-id="${id}"]`, "Late after 5 min");

    // Given to Emma from today, for good.
    await s.type("[data-testid=shift-person-search]", "Emma");
    const emma = await s.execute(
      "return [...document.querySelectorAll('[data-testid=shift-person] option')].find((o) => o.textContent.includes('Emma Fischer'))?.value ?? '';",
    );
    assert.ok(emma, "Emma is in the directory");
    await setValue(s, "[data-testid=shift-person]", emma);
    await setValue(s, "[data-testid=shift-assign-shift]", id);
    await s.click("[data-testid=shift-assign]");
    await s.waitForText("[data-testid=shift-assign-result]", `Emma Fischer works “${name}”`);
    await s.waitForText("[data-testid=shift-person-assignments]", name);
    await screenshot(s, "shifts-desktop");

    // Emma's Today says the hours she is due.
    await signOut(s);
    await openDemo(s, "employee");
    await go(s, "today");
    await s.waitForText("[data-testid=today-shift]", `${name} · 13:00–21:30`, { timeout: 20000 });

    // Retired, it stays listed and can no longer be given.
    await signOut(s);
    await openDemo(s, "hr");
    await go(s, "hr");
    await s.click("[data-testid=hr-tab-shifts]");
    const shift = `[data-testid=shift-row][data-id="${id}"]`;
    await s.click(`${shift} [data-testid=shift-retire]`);
    await s.click(`${shift} [data-testid=shift-confirm-retire]`);
    await s.waitForText("[data-testid=shift-result]", "Retired");
    await s.waitFor(`${shift}[data-retired=true] [data-testid=shift-retired]`);
    const offered = await s.execute(
      "return [...document.querySelectorAll('[data-testid=shift-assign-shift] option')].map((o) => o.value);",
    );
    assert.ok(!offered.includes(id), "a retired shift is not offered");
  } finally {
    await app.close();
  }
});
