// HR's calendars and audit trail: HR adds a public holiday, the server refuses the same day twice with
// its message beside the date field, the trail shows the holiday's creation on top; then an employee,
// offline, sees a week with the holiday cost one working day less, and the request the server keeps
// when it syncs books exactly those days; an afternoon off costs half a day on both.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, rmSync } from "node:fs";
import { launch } from "./harness.mjs";
import { waitUntil } from "./webdriver.mjs";
import { choose, chooseFile, go, isoDate, nextYearMonday, openDemo, setDemoServer, setValue, signOut } from "./flows.mjs";

const HOLIDAY = "Summer Company Day";

/** An iCalendar file with two all-day events, the holiday's day again, and a meeting at a time of day. */
function calendarFile(wednesday, first, second) {
  const day = (iso) => iso.replaceAll("-", "");
  const event = (uid, start, summary) =>
    ["BEGIN:VEVENT", `UID:${uid}@e2e`, "DTSTAMP:20260101T000000Z", start, `SUMMARY:${summary}`, "END:VEVENT"];
  return [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//okta-hr e2e//EN",
    ...event("a", `DTSTART;VALUE=DATE:${day(first)}`, "Harvest Day"),
    ...event("b", `DTSTART;VALUE=DATE:${day(second)}`, "Harvest Day Two"),
    ...event("c", `DTSTART;VALUE=DATE:${day(wednesday)}`, "Summer Day again"),
    ...event("d", `DTSTART:${day(first)}T090000Z`, "Planning meeting"),
    "END:VCALENDAR",
    "",
  ].join("\r\n");
}

/** The employee's leave requests as the server keeps them, asked over the API as a second device would. */
async function serverRequests(url, email) {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ email, password: "password", device_name: "e2e check" }),
  });
  const token = (await login.json()).data.attributes.token;
  const answer = await fetch(`${url}/api/v1/me/leaves`, { headers: { authorization: `Bearer ${token}`, accept: "application/json" } });
  return (await answer.json()).data.map((r) => r.attributes);
}

test("a holiday HR adds makes an employee's week cost 4 days, offline too, and heads the audit trail", async () => {
  const monday = nextYearMonday();
  const wednesday = isoDate(monday, 2);
  const year = wednesday.slice(0, 4);
  const app = await launch();
  const s = app.session;
  try {
    // HR adds the holiday for the whole company.
    await openDemo(s, "hr");
    await go(s, "hr");
    await s.click("[data-testid=hr-tab-calendars]");
    await s.waitFor("[data-testid=holiday-add]");
    await s.waitFor("[data-testid=week-row][data-branch=company]");
    await setValue(s, "[data-testid=holiday-date]", wednesday);
    await s.type("[data-testid=holiday-name-input]", HOLIDAY);
    await s.click("[data-testid=holiday-add]");
    await s.waitForText("[data-testid=holiday-added]", HOLIDAY);
    // The list moves to the holiday's year and shows it, company-wide.
    await s.waitForText("[data-testid=hr-year]", year);
    const row = `[data-testid=holiday-row][data-date="${wednesday}"]`;
    await s.waitForText(`${row} [data-testid=holiday-name]`, HOLIDAY);
    await s.waitForText(`${row} [data-testid=holiday-scope]`, "Company-wide");

    // The same day again: the server's refusal is shown beside the date field.
    await setValue(s, "[data-testid=holiday-date]", wednesday);
    await s.type("[data-testid=holiday-name-input]", "Twice");
    await s.click("[data-testid=holiday-add]");
    await s.waitForText("[data-testid=holiday-date-error]", "already been taken");
    assert.equal(
      await s.execute("return document.querySelector('[data-testid=holiday-date]').getAttribute('aria-invalid');"),
      "true",
      "the date field is marked invalid",
    );

    // The audit trail has the creation on top, with who did it and what was added.
    await s.click("[data-testid=hr-tab-audit]");
    const newest = "[data-testid=audit-list] > li:first-child";
    await s.waitFor(`${newest}[data-action="holiday.create"]`, { timeout: 20000 });
    await s.waitForText(`${newest} [data-testid=audit-summary]`, HOLIDAY);
    await s.waitForText(`${newest} [data-testid=audit-actor]`, "Hanna Richter");
    await s.click(`${newest} [data-testid=audit-toggle]`);
    await s.waitForText(`${newest} [data-testid=audit-details]`, wednesday);
    // Narrowed to holidays, it is still the newest.
    await s.type("[data-testid=audit-action]", "holiday");
    await s.click("[data-testid=audit-apply]");
    await waitUntil(
      async () =>
        s.execute(`const actions = [...document.querySelectorAll("[data-testid=audit-event]")].map((e) => e.dataset.action);
          return actions.length > 0 && actions.every((a) => a.startsWith("holiday."));`),
      15000,
      "the trail to show only holiday events",
    );
    await s.waitForText(`${newest} [data-testid=audit-summary]`, HOLIDAY);

    // The export is the server's CSV of what the filter shows, saved with the other downloads.
    await s.click("[data-testid=audit-export]");
    const exported = await s.waitForText("[data-testid=audit-export-result]", "Exported", { timeout: 20000 });
    const path = exported.match(/ to (\/.+\.csv)\./)?.[1];
    assert.ok(path, `the result names the file: ${exported}`);
    try {
      const csv = readFileSync(path, "utf8");
      assert.match(csv, /holiday\.create/);
      assert.ok(csv.includes(HOLIDAY), "the export holds the holiday's creation");
    } finally {
      rmSync(path, { force: true });
    }

    // A calendar file adds its all-day events; the day that already has a holiday, and the meeting, are
    // skipped. (Weeks after the employee's, so their week is the holiday's alone.)
    await s.click("[data-testid=hr-tab-calendars]");
    const later = nextYearMonday(6);
    const ics = calendarFile(wednesday, isoDate(later), isoDate(later, 1));
    await chooseFile(s, "[data-testid=holiday-file]", "holidays.ics", ics, "text/calendar");
    await s.click("[data-testid=holiday-import]");
    await s.waitForText("[data-testid=holiday-import-result]", "Imported 2, skipped 2");
    await s.click("[data-testid=hr-year-next]");
    await s.waitForText("[data-testid=hr-year]", year);
    await s.waitForText(`[data-testid=holiday-row][data-date="${isoDate(later)}"]`, "Harvest Day");
    await s.click("[data-testid=hr-tab-audit]");

    // On a phone the filter folds away behind one button and nothing runs off the side.
    await s.setWindowRect(390, 844);
    await s.waitFor("[data-testid=audit-filter-toggle]");
    await s.waitForText(`${newest}[data-action="holiday.import"] [data-testid=audit-summary]`, "Harvest Day");
    await s.click("[data-testid=hr-tab-calendars]");
    await s.waitFor("[data-testid=holiday-row]");
    const overflow = await s.execute("return document.documentElement.scrollWidth - window.innerWidth;");
    assert.ok(overflow <= 0, `the calendars fit a phone's width (${overflow}px too wide)`);
    await s.setWindowRect(1280, 900);

    // The employee, offline once their calendar is on the device, asks for that week.
    await signOut(s);
    await openDemo(s, "employee");
    await go(s, "settings");
    const serverUrl = (await (await s.waitFor("[data-testid=account-server]")).text()).trim();
    await setDemoServer(s, false);
    await go(s, "leave");
    await setValue(s, "[data-testid=leave-start]", isoDate(monday));
    await setValue(s, "[data-testid=leave-end]", isoDate(monday, 4));
    await s.waitForText("[data-testid=leave-preview]", "4 working days");
    await s.click("[data-testid=leave-submit]");
    await s.waitForText("[data-testid=write-result]", "will sync");
    await s.waitForText("[data-testid=leave-row][data-pending=true]", "4 working days");

    // Back online it syncs, and the server booked the same 4 days.
    await setDemoServer(s, true);
    await s.waitForText("[data-testid=pending-count]", "0", { timeout: 30000 });
    await go(s, "leave");
    await s.waitForText("[data-testid=leave-row][data-pending=false][data-status=pending]", "4 working days", { timeout: 20000 });
    const booked = (await serverRequests(serverUrl, "employee@acme.test")).find((r) => r.start_date === isoDate(monday));
    assert.ok(booked, "the server has the request");
    assert.equal(booked.end_date, isoDate(monday, 4));
    assert.equal(booked.days, 4, "the server counts the holiday too");

    // The next Monday's afternoon alone: half a day, on the device and on the server.
    const afternoon = isoDate(monday, 7);
    await setValue(s, "[data-testid=leave-start]", afternoon);
    await setValue(s, "[data-testid=leave-end]", afternoon);
    await choose(s, "[data-testid=leave-start-half]", "From midday");
    await s.waitForText("[data-testid=leave-preview]", "0.5 working days");
    await s.click("[data-testid=leave-submit]");
    await s.waitForText(`[data-testid=leave-row][data-pending=false]`, "afternoon only", { timeout: 20000 });
    const half = (await serverRequests(serverUrl, "employee@acme.test")).find((r) => r.start_date === afternoon);
    assert.deepEqual([half?.days, half?.start_half], [0.5, "afternoon"], "the server books half a day");
  } finally {
    await app.close();
  }
});
