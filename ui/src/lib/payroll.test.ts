import { describe, expect, it } from "vitest";
import type { PayrollRunAttributes_Serialize as PayrollRunAttributes, PayslipLine } from "./bindings";
import {
  changeMoney,
  changeText,
  confirmText,
  currentPeriod,
  flagText,
  flagTone,
  hasBankFile,
  isOverridden,
  lineStatus,
  nextSteps,
  overridable,
  peopleText,
  refusalReasons,
  runStatus,
  signedNumber,
  slipSections,
  stepDone,
  trimZeros,
} from "./payroll";

const run = (over: Partial<PayrollRunAttributes> = {}): PayrollRunAttributes => ({
  period: "2026-12",
  period_start: "2026-12-01",
  period_end: "2026-12-31",
  pay_date: "2026-12-31",
  status: "draft",
  currency: "EUR",
  employee_count: 12,
  gross: "48000.00",
  net: "36000.00",
  finalised_at: null,
  failed_count: 0,
  held_count: 0,
  excluded_count: 0,
  computed_at: null,
  locked_at: null,
  paid_at: null,
  corrects_run_id: null,
  ...over,
});

const line = (code: string, kind: PayslipLine["kind"], explanation = "", hidden = false): PayslipLine => ({
  code,
  name: code.toLowerCase(),
  kind,
  amount: "100.00",
  explanation,
  hidden,
});

describe("a run's life", () => {
  it("offers the next steps of each status, and the bank file once the figures are frozen", () => {
    expect(nextSteps("draft")).toEqual(["recompute", "lock"]);
    expect(nextSteps("locked")).toEqual(["pay", "publish"]);
    expect(nextSteps("paid")).toEqual(["publish"]);
    expect(nextSteps("published")).toEqual([]);
    expect([hasBankFile("draft"), hasBankFile("locked"), hasBankFile("paid"), hasBankFile("published")]).toEqual([false, true, true, true]);
    expect(runStatus("finalised").label).toBe("Published");
    expect(runStatus("odd")).toEqual({ label: "odd", tone: "" });
    expect(lineStatus("held")).toEqual({ label: "Held", tone: "warning" });
  });

  it("says who is paid and who is left out", () => {
    expect(peopleText(run())).toBe("12 paid");
    expect(peopleText(run({ held_count: 1, excluded_count: 2, failed_count: 1 }))).toBe("12 paid, 1 held, 2 excluded, 1 failed");
  });

  it("asks before locking and publishing, saying what will happen", () => {
    const lock = confirmText("lock", run({ held_count: 1 }));
    expect(lock).toContain("Lock December 2026?");
    expect(lock).toContain("12 people (net €36,000.00) are frozen");
    expect(lock).toContain("1 person held is not paid");
    expect(lock).toContain("corrected in a later run");
    const publish = confirmText("publish", run({ status: "locked", employee_count: 1 }));
    expect(publish).toContain("1 person will see their payslip");
    expect(publish).toContain("cannot be undone");
    expect(publish).toContain("not marked paid yet");
    expect(confirmText("publish", run({ status: "paid" }))).not.toContain("not marked paid");
    expect(confirmText("recompute", run())).toBeNull();
    expect(confirmText("pay", run())).toBeNull();
  });

  it("says what a step did", () => {
    expect(stepDone("lock", run({ held_count: 1 }))).toBe("December 2026 is locked: 12 paid, 1 held. Save the bank file, then mark it paid.");
    expect(stepDone("publish", run({ employee_count: 1 }))).toBe("December 2026 is published: 1 person sees their payslip and is notified.");
    expect(stepDone("pay", run())).toBe("December 2026 is marked paid.");
  });

  it("proposes this month", () => {
    expect(currentPeriod("2026-03-09")).toEqual({ period: "2026-03", year: 2026, month: 3 });
  });
});

describe("a person's review", () => {
  it("words each flag, and marks those that stop a lock", () => {
    expect(flagText({ flag: "joiner" })).toBe("Joiner");
    expect(flagText({ flag: "unpaid_leave", days: "2.00" })).toBe("2 days unpaid leave");
    expect(flagText({ flag: "unpaid_leave", days: "1" })).toBe("1 day unpaid leave");
    expect(flagText({ flag: "unpaid_leave", days: "0.5" })).toBe("0.5 days unpaid leave");
    expect(flagText({ flag: "net_changed", percent: "12.50" })).toBe("Net +12.5 %");
    expect(flagText({ flag: "net_changed", percent: "-20" })).toBe("Net −20 %");
    expect(flagText({ flag: "net_changed", percent: null })).toBe("Net changed");
    expect(flagText({ flag: "missing_bank_account" })).toBe("No bank account");
    expect(flagTone({ flag: "negative_net" })).toBe("danger");
    expect(flagTone({ flag: "missing_bank_account" })).toBe("danger");
    expect(flagTone({ flag: "joiner" })).toBe("info");
    expect(flagTone({ flag: "bank_account_changed" })).toBe("warning");
  });

  it("writes numbers and changes with their sign", () => {
    expect(signedNumber("0")).toBe("0");
    expect(signedNumber("5.10")).toBe("+5.1");
    expect(trimZeros("300")).toBe("300");
    expect(changeMoney("500.00", "EUR")).toBe("+€500.00");
    expect(changeMoney("-120.00", "EUR")).toBe("−€120.00");
    expect(changeMoney("0.00", "EUR")).toBe("€0.00");
    const change = { code: "BASIC", name: "Basic pay", kind: "earning" as const, change: "-300.00" };
    expect(changeText({ ...change, previous: "3000.00", current: "2700.00" }, "EUR")).toBe("€3,000.00 → €2,700.00");
    expect(changeText({ ...change, previous: null, current: "500.00" }, "EUR")).toBe("New this run");
    expect(changeText({ ...change, previous: "500.00", current: null }, "EUR")).toBe("Not in this run");
  });

  it("knows which lines HR set by hand and which components can be", () => {
    expect(isOverridden(line("TRANSPORT", "earning", "set by HR: agreed (computed 50.00)"))).toBe(true);
    expect(isOverridden(line("BASIC", "earning", "3,000.00 × 19/21 days"))).toBe(false);
    const lines = [line("BASIC", "earning"), line("BASIC", "earning"), line("ADV", "advance"), line("TAX", "deduction")];
    expect(overridable(lines).map((c) => c.code)).toEqual(["BASIC", "TAX"]);
  });

  it("groups a payslip's shown lines under their headings", () => {
    const lines = [line("BASIC", "earning"), line("ZERO", "earning", "", true), line("TAX", "deduction"), line("ADV", "advance")];
    expect(slipSections(lines).map((s) => [s.title, s.lines.map((l) => l.code)])).toEqual([
      ["Earnings", ["BASIC", "ADV"]],
      ["Deductions", ["TAX"]],
    ]);
  });

  it("lists the server's reasons for refusing a lock", () => {
    const refusal = {
      kind: "rejected" as const,
      message: "Ana could not be computed (and 1 more error)",
      errors: { lines: ["Ana could not be computed: fix the reason.", " Ben has no approved bank account: hold them. "] },
    };
    expect(refusalReasons(refusal)).toEqual(["Ana could not be computed: fix the reason.", "Ben has no approved bank account: hold them."]);
    expect(refusalReasons({ kind: "unreachable", message: "down" })).toEqual([]);
  });
});
