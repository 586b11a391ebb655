// Assets: HR adds a laptop (a cost that is not an amount is refused beside its field), assigns it to Emma
// with the condition it goes out in, and its history says so. Emma sees it under her assets and reports a
// problem with it; HR finds the problem among the open ones and resolves it with a note. On a phone the
// catalogue fits the width.

import { test } from "node:test";
import assert from "node:assert/strict";
import { launch, screenshot } from "./harness.mjs";
import { choose, go, openDemo, signOut } from "./flows.mjs";

test("HR assigns a laptop to Emma, who reports a problem with it, which HR resolves", async () => {
  const tag = `ACME-LT-E${Date.now() % 100000}`;
  const row = `[data-testid=asset-row][data-tag="${tag}"]`;
  const app = await launch();
  const s = app.session;
  try {
    await openDemo(s, "hr");
    await go(s, "assets");
    await s.waitFor("[data-testid=asset-row]", { timeout: 20000 });

    // Added to the catalogue; the cost is checked beside its field before anything is sent.
    await s.click("[data-testid=asset-add]");
    await s.type("[data-testid=asset-tag]", tag);
    await s.type("[data-testid=asset-name]", "ThinkPad X1 Carbon");
    await s.type("[data-testid=asset-category]", "Laptop");
    await s.type("[data-testid=asset-serial]", "PF-E2E-1");
    await s.type("[data-testid=asset-cost]", "a lot");
    await s.click("[data-testid=asset-save]");
    await s.waitForText("[data-testid=asset-cost-error]", "at most two decimals");
    await s.type("[data-testid=asset-cost]", "1499.90");
    await s.click("[data-testid=asset-save]");
    await s.waitForText("[data-testid=asset-result]", `Added ${tag} ThinkPad X1 Carbon (in stock)`);
    await s.waitForText(`${row} [data-testid=asset-status]`, "In stock");

    // The same tag again is refused by the server, beside the tag.
    await s.click("[data-testid=asset-add]");
    await s.type("[data-testid=asset-tag]", tag);
    await s.type("[data-testid=asset-name]", "Another");
    await s.type("[data-testid=asset-category]", "Laptop");
    await s.click("[data-testid=asset-save]");
    await s.waitForText("[data-testid=asset-tag-error]", "already been taken");
    await s.click("#asset-form .btn.ghost");

    // Handed to Emma, new, with its charger.
    await s.click(`${row} [data-testid=asset-assign]`);
    await s.type(`${row} [data-testid=asset-assign-person-find]`, "Emma");
    await choose(s, `${row} [data-testid=asset-assign-person]`, "Emma Fischer");
    await s.type(`${row} [data-testid=asset-assign-condition]`, "new");
    await s.type(`${row} [data-testid=asset-assign-note]`, "With charger");
    await s.click(`${row} [data-testid=asset-assign-submit]`);
    await s.waitForText("[data-testid=asset-result]", `${tag} is now held by Emma Fischer`);
    await s.waitForText(`${row} [data-testid=asset-holder]`, "Emma Fischer");
    await s.click(`${row} [data-testid=asset-history-toggle]`);
    await s.waitForText(`${row} [data-testid=asset-spell]`, "Out new (With charger)");
    await screenshot(s, "assets-catalogue-desktop");

    // On a phone nothing runs off the side.
    await s.setWindowRect(390, 844);
    await s.waitFor(row);
    const overflow = await s.execute("return document.documentElement.scrollWidth - window.innerWidth;");
    assert.ok(overflow <= 0, `the catalogue fits a phone's width (${overflow}px too wide)`);
    await s.setWindowRect(1280, 900);

    // Emma sees it among what she holds, and reports a problem with it.
    await signOut(s);
    await openDemo(s, "employee");
    await go(s, "assets");
    const mine = `[data-testid=my-asset][data-tag="${tag}"]`;
    await s.waitForText(`${mine} [data-testid=my-asset-since]`, "Yours since", { timeout: 20000 });
    await s.click(`${mine} [data-testid=my-asset-report]`);
    await s.click(`${mine} [data-testid=problem-send]`);
    await s.waitForText(`${mine} [data-testid=problem-error]`, "description field is required");
    await s.type(`${mine} [data-testid=problem-description]`, "The trackpad clicks by itself");
    await s.click(`${mine} [data-testid=problem-send]`);
    await s.waitForText(`${mine} [data-testid=problem-result]`, "Reported to HR");

    // HR finds it among the open problems and resolves it.
    await signOut(s);
    await openDemo(s, "hr");
    await go(s, "assets");
    await s.click("[data-testid=assets-tab-problems]");
    // The newest open problem comes first.
    const text = await s.waitForText("[data-testid=asset-problem][data-status=open]", "The trackpad clicks by itself", { timeout: 20000 });
    assert.match(text, new RegExp(`${tag}[\\s\\S]*Emma Fischer`), "the asset and who reported it");
    const id = await (await s.find("[data-testid=asset-problem][data-status=open]")).attribute("data-id");
    const open = `[data-testid=asset-problem][data-id="${id}"]`;
    await s.type(`${open} [data-testid=asset-problem-note]`, "Trackpad replaced");
    await s.click(`${open} [data-testid=asset-problem-resolve]`);
    await s.waitForText("[data-testid=asset-problem-result]", `Resolved Emma Fischer's problem with ${tag}`);
    await s.click("[data-testid=asset-problems-all]");
    await s.waitForText(`${open}[data-status=resolved] [data-testid=asset-problem-resolution]`, "Resolved by Hanna Richter");
    await s.waitForText(`${open} [data-testid=asset-problem-resolution]`, "Trackpad replaced");
  } finally {
    await app.close();
  }
});
