import { describe, expect, it } from "vitest";
import type { LeaveTypeAttributes } from "./bindings";
import {
  EMPTY_LEAVE_TYPE_FORM,
  adjustmentDays,
  allowanceText,
  approvalText,
  balancesByType,
  byPerson,
  carryOverText,
  codeFrom,
  duePeriod,
  kindLabel,
  leaveTypeChanges,
  leaveTypeFormOf,
  newLeaveType,
  outcomeText,
  payText,
  periodFits,
  policyLines,
  policyTab,
  signed,
  withRunningBalance,
} from "./leave-policy";

const ANNUAL: LeaveTypeAttributes = {
  code: "annual",
  name: "Annual leave",
  paid_fraction: 1,
  counts_non_working_days: false,
  half_days: true,
  attachment_required: false,
  min_notice_days: 0,
  days_per_year: 25,
  accrual: "upfront",
  prorated: true,
  carry_over_cap: 5,
  carry_over_expiry_months: 3,
  negative_allowance: 0,
  approval_chain: "manager_hr",
  extra_hr_step_above_days: null,
  retired: false,
};

describe("a type's rules in words", () => {
  it("says how it is paid", () => {
    expect(payText(1)).toBe("Paid");
    expect(payText(0)).toBe("Unpaid");
    expect(payText(0.5)).toBe("Partly paid: 50 % of pay");
  });

  it("says the allowance, the carry-over and who approves", () => {
    expect(allowanceText(ANNUAL)).toBe("25 days a year, all on 1 January; people who join mid-year get the share left");
    expect(allowanceText({ ...ANNUAL, accrual: "monthly" })).toBe("25 days a year, earned a twelfth at the end of each month worked");
    expect(carryOverText(ANNUAL)).toBe("Up to 5 days unused carry into the next year, and lapse if not taken within 3 months");
    expect(carryOverText({ ...ANNUAL, carry_over_cap: 0 })).toBe("Unused days lapse at the year's end");
    expect(approvalText({ approval_chain: "manager", extra_hr_step_above_days: 10 })).toBe("Approved by the manager; HR too above 10 days");
    expect(approvalText({ approval_chain: "none", extra_hr_step_above_days: null })).toBe("No approval needed");
  });

  it("lists only the rules that apply", () => {
    const lines = policyLines({ ...ANNUAL, min_notice_days: 14, negative_allowance: 2, attachment_required: true });
    expect(lines).toContain("Asked at least 14 days ahead");
    expect(lines).toContain("The balance may go 2 days below zero");
    expect(lines).toContain("A document is required");
    expect(policyLines(ANNUAL)).not.toContain("A document is required");
  });

  it("reads the tab from the route", () => {
    expect(policyTab("jobs")).toBe("jobs");
    expect(policyTab(null)).toBe("types");
  });
});

describe("the form", () => {
  it("makes a code from a name", () => {
    expect(codeFrom("Time off in lieu")).toBe("time_off_in_lieu");
    expect(codeFrom(" Bénévolat! ")).toBe("benevolat");
  });

  it("creates with every field, paid in words made a fraction", () => {
    const form = { ...EMPTY_LEAVE_TYPE_FORM, code: "volunteering", name: "Volunteering", daysPerYear: "2", approvalChain: "manager" as const };
    const { changes, errors } = newLeaveType(form);
    expect(errors).toEqual({});
    expect(changes).toMatchObject({ code: "volunteering", paid_fraction: 1, days_per_year: 2, accrual: "upfront", approval_chain: "manager", carry_over_expiry_months: null });
    expect(newLeaveType({ ...form, pay: "partly", paidPercent: "50" }).changes?.paid_fraction).toBe(0.5);
    expect(newLeaveType({ ...form, pay: "unpaid" }).changes?.paid_fraction).toBe(0);
  });

  it("says beside a field what is not a whole number", () => {
    const { changes, errors } = newLeaveType({ ...EMPTY_LEAVE_TYPE_FORM, daysPerYear: "2.5", pay: "partly", paidPercent: "100" });
    expect(changes).toBeNull();
    expect(errors.days_per_year).toBe("The days per year field must be an integer.");
    expect(errors.paid_fraction).toContain("between 1 and 99");
  });

  it("sends only what changed, and null to clear an optional limit", () => {
    const form = leaveTypeFormOf(ANNUAL);
    expect(leaveTypeChanges(ANNUAL, form)).toEqual({ changes: null, errors: {} });
    expect(leaveTypeChanges(ANNUAL, { ...form, carryOverExpiryMonths: "", daysPerYear: "26" }).changes).toEqual({
      carry_over_expiry_months: null,
      days_per_year: 26,
    });
  });
});

describe("the ledger", () => {
  const entry = (id: string, leave_type: string, days: number, at: string) => ({ id, attributes: { leave_type, days, created_at: at } });

  it("keeps each type's running balance, newest first", () => {
    const rows = withRunningBalance([
      entry("3", "annual", -2, "2026-03-01T00:00:00Z"),
      entry("1", "annual", 25, "2026-01-01T00:00:00Z"),
      entry("2", "volunteering", 2, "2026-01-01T00:00:00Z"),
      entry("4", "annual", 1, "2026-03-01T00:00:00Z"),
    ]);
    expect(rows.map((r) => [r.id, r.balance])).toEqual([
      ["4", 24],
      ["3", 23],
      ["2", 2],
      ["1", 25],
    ]);
    expect(balancesByType(rows)).toEqual([
      { leaveType: "annual", days: 24 },
      { leaveType: "volunteering", days: 2 },
    ]);
  });

  it("words kinds and signs", () => {
    expect(kindLabel("adjustment")).toBe("HR adjustment");
    expect(kindLabel("carry_over")).toBe("Carried over");
    expect(signed(2)).toBe("+2");
    expect(signed(-1)).toBe("−1");
  });

  it("reads an adjustment's days with their sign", () => {
    expect(adjustmentDays("+2")).toBe(2);
    expect(adjustmentDays("−3")).toBe(-3);
    expect(adjustmentDays("0")).toBeNull();
    expect(adjustmentDays("1.5")).toBeNull();
  });
});

describe("the jobs", () => {
  it("proposes the period the server would run", () => {
    expect(duePeriod("yearly_grant", "2026-12-07")).toBe("2026");
    expect(duePeriod("monthly_accrual", "2026-12-07")).toBe("2026-11");
    expect(duePeriod("monthly_accrual", "2027-01-03")).toBe("2026-12");
    expect(duePeriod("year_end", "2027-01-03")).toBe("2026");
    expect(periodFits("monthly_accrual", "2026-11")).toBe(true);
    expect(periodFits("monthly_accrual", "2026")).toBe(false);
    expect(periodFits("year_end", "2026")).toBe(true);
  });

  it("groups what a job writes per person, and says how much", () => {
    const e = (employee_id: string, employee_name: string, leave_type: string, days: number) => ({ employee_id, employee_name, leave_type, year: 2026, kind: "grant", days });
    const people = byPerson([e("2", "Zoe", "annual", 25), e("1", "Emma", "volunteering", 2), e("1", "Emma", "annual", 25)]);
    expect(people.map((p) => [p.name, p.entries.map((x) => x.leave_type)])).toEqual([
      ["Emma", ["annual", "volunteering"]],
      ["Zoe", ["annual"]],
    ]);
    const entries = [{ days: 25 }, { days: 2 }];
    expect(outcomeText({ applied: false, entry_count: 2, entries })).toBe("Would write 2 entries (+27 days). Nothing is written until you run it.");
    expect(outcomeText({ applied: true, entry_count: 0, entries: [] })).toBe("Wrote 0 entries: everything was done already.");
  });
});
