// The main screens at desktop and phone sizes, light and dark, saved to docs/screenshots/ for the
// README. Each screenshot is also checked to be a real picture of the app, not a blank window.

import { test } from "node:test";
import assert from "node:assert/strict";
import { launch, screenshot } from "./harness.mjs";
import { go, openDemo, setTheme, signOut } from "./flows.mjs";

const SIZES = { desktop: [1280, 800], phone: [390, 844] };

async function shoot(session, screen, size, theme, ready) {
  await go(session, screen);
  await session.waitFor(ready);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const png = await session.screenshot();
  assert.ok(png.length > 10_000, `${screen} ${size} ${theme} looks empty (${png.length} bytes)`);
  await screenshot(session, `${screen}-${size}-${theme}`);
}

test("screenshots of the main screens", async () => {
  const app = await launch();
  const s = app.session;
  try {
    for (const [size, [width, height]] of Object.entries(SIZES)) {
      await s.setWindowRect(width, height);
      for (const theme of ["light", "dark"]) {
        await openDemo(s, "employee");
        await setTheme(s, theme);
        await shoot(s, "today", size, theme, "[data-testid=check-in], [data-testid=check-out]");
        await shoot(s, "leave", size, theme, "[data-testid=leave-submit]");
        await shoot(s, "payslips", size, theme, "main");
        await signOut(s);
        await openDemo(s, "manager");
        const toast = await s.execute("return document.querySelector('[role=status].toast')?.textContent ?? '';");
        assert.equal(toast, "", "the last session's toast is gone once the next one starts");
        await shoot(s, "approvals", size, theme, "[data-testid=approval-row]");
        await shoot(s, "team", size, theme, "[data-testid=team-row]");
        await signOut(s);
        await openDemo(s, "hr");
        await shoot(s, "admin", size, theme, "[data-testid=admin-person]");
        await signOut(s);
      }
    }
  } finally {
    await app.close();
  }
});
