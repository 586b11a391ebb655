import { describe, expect, it } from "vitest";
import {
  actionFilter,
  auditFileName,
  auditFilter,
  datesInOrder,
  deleteQuestion,
  detailRows,
  draftOf,
  entityLabel,
  exportText,
  filterText,
  leaveYearText,
  holidayScope,
  hrTab,
  importText,
  pageText,
  shownValue,
  toggleDay,
  weekChange,
  weekOwner,
  weekSavedText,
  weekText,
  yearOf,
} from "./hr";

describe("tabs", () => {
  it("reads the route's tab, Calendars by default", () => {
    expect(hrTab("audit")).toBe("audit");
    expect(hrTab("calendars")).toBe("calendars");
    expect(hrTab("shifts")).toBe("shifts");
    expect(hrTab(null)).toBe("calendars");
    expect(hrTab("nowhere")).toBe("calendars");
  });
});

describe("public holidays", () => {
  it("badges where a holiday applies", () => {
    expect(holidayScope({ branch_id: null, branch_name: null })).toBe("Company-wide");
    expect(holidayScope({ branch_id: "2", branch_name: "Munich" })).toBe("Munich");
    expect(holidayScope({ branch_id: "2", branch_name: null })).toBe("Branch 2");
  });
  it("reads a day's year", () => {
    expect(yearOf("2027-07-14")).toBe(2027);
    expect(yearOf("")).toBeNull();
    expect(yearOf("14.07.2027")).toBeNull();
  });
  it("says what an import did", () => {
    expect(importText({ imported: 9, skipped: 1 })).toMatch(/^Imported 9, skipped 1 \(/);
    expect(importText({ imported: 1, skipped: 0 })).toBe("Imported 1 holiday.");
    expect(importText({ imported: 12, skipped: 0 })).toBe("Imported 12 holidays.");
    expect(importText({ imported: 0, skipped: 3 })).toMatch(/^Imported 0, skipped 3/);
    expect(importText({ imported: 0, skipped: 0 })).toMatch(/no all-day events/);
  });
  it("asks before removing, saying a recurring one goes from every year", () => {
    expect(deleteQuestion({ name: "Company Day", recurring: false }, "15 Jul 2027")).toMatch(/^Remove “Company Day” \(15 Jul 2027\)\? Leave/);
    expect(deleteQuestion({ name: "Founders' Day", recurring: true }, "1 Mar 2027")).toContain("every year");
  });
});

describe("working weeks", () => {
  it("writes weeks in runs", () => {
    expect(weekText([1, 2, 3, 4, 5])).toBe("Mon–Fri");
    expect(weekText([5, 4, 3, 2, 1, 6])).toBe("Mon–Sat");
    expect(weekText([1, 2, 3, 4, 6])).toBe("Mon–Thu, Sat");
    expect(weekText([6, 7])).toBe("Sat, Sun");
    expect(weekText([1, 3, 5])).toBe("Mon, Wed, Fri");
    expect(weekText([])).toBe("No working days");
    expect(weekText([0, 8, 2])).toBe("Tue");
  });
  it("toggles a day, keeping the days in order", () => {
    expect(toggleDay([1, 2, 3, 4, 5], 3)).toEqual([1, 2, 4, 5]);
    expect(toggleDay([1, 2, 4, 5], 3)).toEqual([1, 2, 3, 4, 5]);
    expect(toggleDay([], 7)).toEqual([7]);
  });
  it("names whose week it is", () => {
    expect(weekOwner({ branch_id: null, branch_name: null })).toBe("Company");
    expect(weekOwner({ branch_id: "3", branch_name: "Shop" })).toBe("Shop");
  });
  it("sends only what changed", () => {
    const company = { branch_id: null, working_days: [1, 2, 3, 4, 5], follows_company: false, half_days: [] };
    expect(weekChange(company, draftOf(company))).toBeNull();
    expect(weekChange(company, { follows: false, days: [1, 2, 3, 4, 5, 6] })).toEqual({ workingDays: [1, 2, 3, 4, 5, 6], halfDays: [] });

    const following = { branch_id: "3", working_days: [1, 2, 3, 4, 5], follows_company: true, half_days: [] };
    expect(weekChange(following, draftOf(following))).toBeNull();
    // Keeping a week of its own, even the same days as the company's, is a change: it stops following.
    expect(weekChange(following, { follows: false, days: [1, 2, 3, 4, 5] })).toEqual({ workingDays: [1, 2, 3, 4, 5], halfDays: [] });

    const own = { branch_id: "3", working_days: [2, 3, 4, 5, 6], follows_company: false, half_days: [] };
    expect(weekChange(own, draftOf(own))).toBeNull();
    expect(weekChange(own, { follows: true, days: [2, 3, 4, 5, 6] })).toEqual({ workingDays: null, halfDays: [] });
    expect(weekChange(own, { follows: false, days: [6, 2, 3, 4] })).toEqual({ workingDays: [2, 3, 4, 6], halfDays: [] });
  });
  it("says what a saved week means", () => {
    expect(weekSavedText({ branch_id: null, branch_name: null, working_days: [1, 2, 3, 4, 5, 6], follows_company: false, half_days: [] })).toMatch(
      /^Saved: The company works Mon–Sat\./,
    );
    expect(weekSavedText({ branch_id: "3", branch_name: "Shop", working_days: [1, 2, 3, 4, 5], follows_company: true, half_days: [] })).toMatch(
      /^Saved: Shop follows the company's week \(Mon–Fri\)\./,
    );
  });
});

describe("the audit trail's filter", () => {
  it("makes a bare word a prefix of actions", () => {
    expect(actionFilter("")).toBeNull();
    expect(actionFilter("  ")).toBeNull();
    expect(actionFilter("holiday")).toBe("holiday.");
    expect(actionFilter(" holiday. ")).toBe("holiday.");
    expect(actionFilter("user.suspend")).toBe("user.suspend");
  });
  it("sends only what is set", () => {
    expect(auditFilter({ action: "", entity: "", person: "", from: "", to: "" })).toEqual({
      action: null,
      entity: null,
      entity_id: null,
      actor_id: null,
      from: null,
      to: null,
    });
    expect(auditFilter({ action: "holiday", entity: "holiday", person: "12", from: "2027-01-01", to: "2027-01-31" })).toEqual({
      action: "holiday.",
      entity: "holiday",
      entity_id: null,
      actor_id: 12,
      from: "2027-01-01",
      to: "2027-01-31",
    });
    expect(auditFilter({ action: "", entity: "", person: "x", from: "", to: "" }).actor_id).toBeNull();
  });
  it("checks the dates' order", () => {
    expect(datesInOrder({ from: "", to: "" })).toBe(true);
    expect(datesInOrder({ from: "2027-01-02", to: "" })).toBe(true);
    expect(datesInOrder({ from: "2027-01-02", to: "2027-01-02" })).toBe(true);
    expect(datesInOrder({ from: "2027-01-03", to: "2027-01-02" })).toBe(false);
  });
  it("puts a filter in words", () => {
    expect(filterText({})).toBe("every event");
    expect(filterText({ action: "holiday.", entity: "holiday", actor_id: 7, from: "2027-01-01", to: "2027-01-31" }, () => "Helen HR")).toBe(
      "action holiday., public holiday, by Helen HR, 2027-01-01 to 2027-01-31",
    );
    expect(filterText({ actor_id: 7, to: "2027-01-31" })).toBe("by employee 7, until 2027-01-31");
  });
  it("counts pages and names the export", () => {
    expect(pageText({ page: 2, last_page: 3, total: 120 })).toBe("Page 2 of 3 · 120 events");
    expect(pageText({ page: 1, last_page: 0, total: 0 })).toBe("Page 1 of 1 · 0 events");
    expect(auditFileName({ from: "", to: "" }, "2027-05-01")).toBe("audit-trail-exported-2027-05-01.csv");
    expect(auditFileName({ from: "2027-01-01", to: "" }, "2027-05-01")).toBe("audit-trail-2027-01-01-to-2027-05-01-exported-2027-05-01.csv");
  });
  it("says when the server's limit cut an export short", () => {
    expect(exportText({ path: "/d/a.csv", rows: 3, total: 3 })).toBe("Exported 3 events to /d/a.csv.");
    expect(exportText({ path: "/d/a.csv", rows: 10000, total: 12000 })).toBe(
      "Exported the newest 10000 of 12000 events to /d/a.csv. Narrow the dates to export the rest.",
    );
  });
  it("names the kinds of record", () => {
    expect(entityLabel("holiday")).toBe("Public holiday");
    expect(entityLabel("leave_request")).toBe("Leave request");
    expect(entityLabel("sms_template")).toBe("Sms template");
  });
});

describe("an event's details", () => {
  const holiday = { date: "2027-07-14", name: "Company Day", recurring: false, branch_id: null };
  it("lists the fields of a record added or removed", () => {
    const fields = [
      { field: "date", after: "2027-07-14", changed: false },
      { field: "name", after: "Company Day", changed: false },
      { field: "recurring", after: "false", changed: false },
    ];
    expect(detailRows({ before: null, after: holiday })).toEqual(fields);
    expect(detailRows({ before: holiday, after: null })).toEqual(fields);
  });
  it("marks the fields a change changed, keeping the others for context", () => {
    const rows = detailRows({ before: { working_days: [1, 2, 3, 4, 5], branch_id: "3" }, after: { working_days: [1, 2, 3, 4, 5, 6], branch_id: "3", follows_company: false } });
    expect(rows).toEqual([
      { field: "working_days", before: "[1,2,3,4,5]", after: "[1,2,3,4,5,6]", changed: true },
      { field: "branch_id", before: "3", after: "3", changed: false },
      { field: "follows_company", before: "–", after: "false", changed: true },
    ]);
  });
  it("reads changes per field and recorded values", () => {
    expect(detailRows({ login: "a@acme.test", status: { before: "ACTIVE", after: "SUSPENDED" } })).toEqual([
      { field: "login", after: "a@acme.test", changed: false },
      { field: "status", before: "ACTIVE", after: "SUSPENDED", changed: true },
    ]);
    expect(detailRows({ before: "ACTIVE", after: "SUSPENDED" })).toEqual([{ field: "value", before: "ACTIVE", after: "SUSPENDED", changed: true }]);
    expect(detailRows(null)).toEqual([]);
    expect(detailRows("approved")).toEqual([{ field: "value", after: "approved", changed: false }]);
  });
  it("shows values as text", () => {
    expect(shownValue(null)).toBe("–");
    expect(shownValue(undefined)).toBe("–");
    expect(shownValue("x")).toBe("x");
    expect(shownValue(3)).toBe("3");
    expect(shownValue({ a: 1 })).toBe('{"a":1}');
  });
});

describe("the leave year", () => {
  it("names the month it starts in and the year under way", () => {
    expect(leaveYearText({ start_month: 4, current_name: "2026/27" })).toBe("Leave years start on 1 April; this one is 2026/27");
    expect(leaveYearText({ start_month: 1, current_name: "2026" })).toBe("Leave years start on 1 January; this one is 2026");
  });
});

describe("half working days", () => {
  const company = { branch_id: null, working_days: [1, 2, 3, 4, 5, 6], follows_company: false, half_days: [6] };
  it("says which days are worked in the morning only", () => {
    expect(weekSavedText({ ...company, branch_name: null })).toMatch(/^Saved: The company works Mon–Sat \(Sat mornings only\)\./);
  });
  it("a morning-only Saturday is kept, changed, and dropped with the day", () => {
    expect(weekChange(company, draftOf(company))).toBeNull();
    expect(weekChange(company, { ...draftOf(company), halfDays: [] })).toEqual({ workingDays: [1, 2, 3, 4, 5, 6], halfDays: [] });
    expect(weekChange(company, { ...draftOf(company), halfDays: [5, 6] })).toEqual({ workingDays: [1, 2, 3, 4, 5, 6], halfDays: [5, 6] });
    expect(weekChange(company, { follows: false, days: [1, 2, 3, 4, 5], halfDays: [6] })).toEqual({ workingDays: [1, 2, 3, 4, 5], halfDays: [] });
  });
});
