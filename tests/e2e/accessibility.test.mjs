// WCAG 2.2 AA in the real window: every screen an HR user can open (which is every screen there is), and
// the sign-in screen, checked by axe-core in light and dark at desktop and phone sizes, with no serious or
// critical violation; at phone size, every control is at least 44 px tall.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { launch } from "./harness.mjs";
import { go, openDemo, setTheme, signOut } from "./flows.mjs";

const require = createRequire(new URL("../../ui/package.json", import.meta.url));
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const SIZES = { desktop: [1280, 800], phone: [390, 844] };
const SCREENS = [
  "today", "attendance", "leave", "payslips", "notifications", "announcements", "assets", "approvals", "team",
  "directory", "payroll", "pay-setup", "admin", "hr", "leave-policy", "settings",
];

/** axe-core's serious and critical findings on the page as it is now, one line each. */
async function violations(session) {
  // The app's content security policy forbids eval, so axe-core comes in as a WebDriver script of its own.
  if (!(await session.execute("return Boolean(window.axe);"))) await session.execute(`${AXE}\n;return true;`);
  const found = await session.executeAsync(
    `const done = arguments[arguments.length - 1];
     window.axe
       .run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] }, resultTypes: ["violations"] })
       .then((result) => done(result.violations
         .filter((v) => v.impact === "serious" || v.impact === "critical")
         .map((v) => v.id + " (" + v.impact + "): " + v.help + " at " + v.nodes.slice(0, 3).map((n) => n.target.join(" ") + " " + n.html.slice(0, 160) + " " + JSON.stringify(n.any[0]?.data ?? "")).join(" | "))))
       .catch((error) => done(["axe failed: " + error]));`,
  );
  return found;
}

/** Controls a finger must hit that are shorter than 44 px (links inside running text are exempt). */
async function smallTargets(session) {
  return session.execute(`
    const small = [];
    for (const element of document.querySelectorAll("button, select, input:not([type=hidden]), textarea, a.btn, a.list-item, a.tab, [role=tab]")) {
      const box = element.getBoundingClientRect();
      // Visually hidden inputs (a styled switch's, a file picker's) are reached through their label.
      if (box.width <= 1 || box.height <= 1 || getComputedStyle(element).visibility === "hidden") continue;
      const target = element.closest("label") ?? element;
      const height = Math.max(box.height, target.getBoundingClientRect().height);
      if (height < 44) small.push((element.dataset.testid || element.textContent.trim().slice(0, 30) || element.outerHTML.slice(0, 120)) + " " + Math.round(height) + "px");
    }
    return small;`);
}

async function settle(session) {
  await session.waitFor("main h1, main [role=status]", { timeout: 20000 });
  await new Promise((resolve) => setTimeout(resolve, 400));
}

test("every screen passes axe-core in light and dark, on a desktop and a phone", async () => {
  const app = await launch();
  const s = app.session;
  const problems = [];
  try {
    for (const [size, [width, height]] of Object.entries(SIZES)) {
      await s.setWindowRect(width, height);
      for (const theme of ["light", "dark"]) {
        for (const finding of await violations(s)) problems.push(`sign-in ${size} ${theme}: ${finding}`);
        await openDemo(s, "hr");
        await setTheme(s, theme);
        for (const screen of SCREENS) {
          await go(s, screen);
          await settle(s);
          for (const finding of await violations(s)) problems.push(`${screen} ${size} ${theme}: ${finding}`);
          if (size === "phone" && theme === "light") {
            for (const target of await smallTargets(s)) problems.push(`${screen} phone: ${target} is under 44 px`);
          }
        }
        await signOut(s);
      }
    }
  } finally {
    await app.close();
  }
  assert.deepEqual(problems, [], problems.join("\n"));
});
