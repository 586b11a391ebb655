import { describe, expect, it } from "vitest";
import type { PayComponentAttributes, PayrollSettingsAttributes, SalaryStructureAttributes } from "./bindings";
import {
  EMPTY_ADJUSTMENT_FORM,
  EMPTY_ASSIGNMENT_FORM,
  EMPTY_COMPONENT_FORM,
  adjustmentInput,
  adjustmentWhen,
  assignmentInput,
  assignmentText,
  canEnd,
  codeFrom,
  componentChanges,
  componentFormOf,
  componentLines,
  componentSummary,
  decimalInput,
  describedBy,
  fieldId,
  formulaWords,
  ibanGroups,
  moved,
  newComponent,
  newStructure,
  paySetupTab,
  percentWords,
  roundingText,
  ruleText,
  sameDecimal,
  splitErrors,
  settingsChanges,
  overtimeText,
  settingsFormOf,
  structureChanges,
  structureErrors,
  structureFormOf,
  thresholdText,
  withStates,
} from "./pay-setup";

const TRANSPORT: PayComponentAttributes = {
  code: "TRANSPORT",
  name: "Transport",
  kind: "earning",
  rule: { type: "fixed", amount: "150.00" },
  prorated: true,
  hidden_when_zero: false,
  rounding: { places: 2, mode: "half_up" },
  retired: false,
};

const PENSION: PayComponentAttributes = {
  code: "PENSION_EE",
  name: "Pension",
  kind: "deduction",
  rule: { type: "expression", expression: "min(gross, 5000) * 0.073" },
  prorated: false,
  hidden_when_zero: true,
  rounding: { places: 0, mode: "down" },
  retired: false,
};

const names: Record<string, string> = { BASIC: "Basic pay" };
const nameOf = (code: string) => names[code];

describe("a component's rule in words", () => {
  it("says each kind of rule as people say it", () => {
    expect(ruleText({ type: "percent_of_gross", percent: "5.00" })).toBe("5 % of gross");
    expect(ruleText({ type: "percent_of", component: "BASIC", percent: "7.30" }, nameOf)).toBe("7.3 % of Basic pay (BASIC)");
    expect(ruleText({ type: "percent_of", component: "OTHER", percent: "10" }, nameOf)).toBe("10 % of OTHER");
    expect(ruleText(PENSION.rule)).toBe("Formula: min(gross, 5000) × 0.073");
    expect(componentSummary(TRANSPORT)).toBe("Fixed 150.00, prorated by paid days");
    expect(componentSummary(PENSION)).toBe("Formula: min(gross, 5000) × 0.073");
  });
  it("writes formulas with the signs of arithmetic", () => {
    expect(formulaWords("base/working_days*paid_days")).toBe("base ÷ working_days × paid_days");
    expect(formulaWords("  round(base *  1.5,  2) ")).toBe("round(base × 1.5, 2)");
  });
  it("lists the kind, the rounding and hiding", () => {
    expect(componentLines(PENSION)).toEqual([
      "Formula: min(gross, 5000) × 0.073",
      "Taken from gross pay on the way to net",
      "Rounded to whole units, down",
      "Left off the payslip when zero",
    ]);
    expect(roundingText({ places: 1, mode: "half_even" })).toBe("Rounded to 1 decimal, half-way to even");
    expect(roundingText({ places: 2 })).toBe("Rounded to 2 decimals, half-way up");
  });
  it("shows percentages without padding zeros", () => {
    expect(percentWords("5.00")).toBe("5");
    expect(percentWords("12.50")).toBe("12.5");
    expect(percentWords("abc")).toBe("abc");
  });
});

describe("numbers as typed", () => {
  it("reads decimals the way the server does, and refuses a comma", () => {
    expect(decimalInput(" 1500 ")).toBe("1500");
    expect(decimalInput("+2.5")).toBe("2.5");
    expect(decimalInput(".5")).toBe("0.5");
    expect(decimalInput("3.")).toBe("3");
    expect(decimalInput("-4")).toBe("-4");
    expect(decimalInput("1 000.50")).toBe("1000.50");
    expect(decimalInput("1,500")).toBeNull();
    expect(decimalInput("")).toBeNull();
    expect(decimalInput("abc")).toBeNull();
    expect(decimalInput(".")).toBeNull();
  });
  it("compares amounts as numbers", () => {
    expect(sameDecimal("150", "150.00")).toBe(true);
    expect(sameDecimal("007.50", "7.5")).toBe(true);
    expect(sameDecimal("0.00", "-0")).toBe(true);
    expect(sameDecimal("150", "150.01")).toBe(false);
  });
});

describe("the component form", () => {
  it("makes a code from a name", () => {
    expect(codeFrom("Basic pay")).toBe("BASIC_PAY");
    expect(codeFrom("13th-month bonus")).toBe("TH_MONTH_BONUS");
    expect(codeFrom("Prime d'ancienneté")).toBe("PRIME_D_ANCIENNETE");
  });
  it("sends every field to create, and catches numbers that are not", () => {
    const form = { ...EMPTY_COMPONENT_FORM, code: " BONUS ", name: "Bonus", ruleType: "percent_of" as const, percent: "10 %", ofComponent: "BASIC" };
    expect(newComponent(form).changes).toEqual({
      code: "BONUS",
      name: "Bonus",
      kind: "earning",
      rule: { type: "percent_of", component: "BASIC", percent: "10" },
      prorated: false,
      hidden_when_zero: false,
      rounding: { places: 2, mode: "half_up" },
    });
    const bad = newComponent({ ...EMPTY_COMPONENT_FORM, amount: "1,5", places: "two" });
    expect(bad.changes).toBeNull();
    expect(Object.keys(bad.errors).sort()).toEqual(["rounding.places", "rule.amount"]);
    expect(newComponent({ ...EMPTY_COMPONENT_FORM }).errors["rule.amount"]).toBe("The amount field is required.");
  });
  it("sends only what changed, a changed rule whole", () => {
    const form = componentFormOf(TRANSPORT);
    expect(form.amount).toBe("150.00");
    expect(componentChanges(TRANSPORT, { ...form, amount: "150" }).changes).toBeNull();
    expect(componentChanges(TRANSPORT, { ...form, amount: "175" }).changes).toEqual({ rule: { type: "fixed", amount: "175" } });
    expect(componentChanges(TRANSPORT, { ...form, name: "Travel", places: "0" }).changes).toEqual({ name: "Travel", rounding: { places: 0 } });
    const asFormula = componentChanges(PENSION, { ...componentFormOf(PENSION), expression: "min(gross, 6000) * 0.073", hiddenWhenZero: false });
    expect(asFormula.changes).toEqual({ rule: { type: "expression", expression: "min(gross, 6000) * 0.073" }, hidden_when_zero: false });
  });
  it("turns error keys into element ids and ties each field to its hint and error", () => {
    expect(fieldId("rule.expression")).toBe("rule-expression");
    expect(fieldId("components.2")).toBe("components-2");
    expect(describedBy("pc", "rule.expression", {}, true)).toBe("pc-rule-expression-hint");
    expect(describedBy("pc", "rule.expression", { "rule.expression": "bad" }, true)).toBe("pc-rule-expression-hint pc-rule-expression-error");
    expect(describedBy("pc", "code", {})).toBeUndefined();
  });
  it("shows errors beside their fields and the rest above the button", () => {
    expect(splitErrors({ code: "Taken.", retired: "Still in Staff." }, ["code", "name"])).toEqual({ fields: { code: "Taken." }, rest: "Still in Staff." });
  });
});

describe("salary structures", () => {
  const STAFF: SalaryStructureAttributes = {
    name: "Staff",
    components: [
      { id: "1", code: "BASIC", name: "Basic pay", kind: "earning" },
      { id: "2", code: "TRANSPORT", name: "Transport", kind: "earning" },
      { id: "3", code: "PENSION_EE", name: "Pension", kind: "deduction" },
    ],
    retired: false,
  };
  it("reorders and sends only what changed", () => {
    const form = structureFormOf(STAFF);
    expect(moved(form.components, 2, -1)).toEqual(["1", "3", "2"]);
    expect(moved(form.components, 0, -1)).toEqual(["1", "2", "3"]);
    expect(structureChanges(STAFF, form).changes).toBeNull();
    expect(structureChanges(STAFF, { ...form, name: " Managers " }).changes).toEqual({ name: "Managers" });
    expect(structureChanges(STAFF, { ...form, components: ["1", "3"] }).changes).toEqual({ components: ["1", "3"] });
    expect(newStructure({ name: " Interns ", components: ["1"] }).changes).toEqual({ name: "Interns", components: ["1"] });
  });
  it("puts the server's errors on the row they are about", () => {
    const split = structureErrors(
      {
        name: "The name has already been taken.",
        "components.2.rule.expression": "The components.2.rule.expression is not a valid formula: unknown name `bse`.",
        "components.1": "The selected components.1 is invalid.",
      },
      ["BASIC", "TRANSPORT", "PENSION_EE"],
    );
    expect(split.fields).toEqual({ name: "The name has already been taken." });
    expect(split.rows).toEqual({
      2: "The PENSION_EE's rule.expression is not a valid formula: unknown name `bse`.",
      1: "The selected TRANSPORT is invalid.",
    });
  });
});

describe("a person's pay", () => {
  const a = (id: string, effective_from: string) => ({ id, attributes: { effective_from } });
  it("says which assignment is in force", () => {
    const states = withStates([a("1", "2025-01-01"), a("3", "2027-01-01"), a("2", "2026-03-01")], "2026-06-15");
    expect(states.map((s) => [s.item.id, s.state])).toEqual([
      ["3", "upcoming"],
      ["2", "current"],
      ["1", "past"],
    ]);
  });
  it("words an assignment and an adjustment", () => {
    expect(
      assignmentText({ employee_id: "1", employee_name: "Ana", effective_from: "2026-12-01", salary_structure_id: "1", salary_structure_name: "Staff", base_amount: "3000.00" }, "EUR"),
    ).toBe("Staff, base €3,000.00, from 1 Dec 2026");
    expect(adjustmentWhen({ recurrence: "one_off", starts_on: "2026-12-15", ends_on: null })).toBe("Once, in the run whose period holds 15 Dec 2026");
    expect(adjustmentWhen({ recurrence: "recurring", starts_on: "2026-01-01", ends_on: "2026-06-30" })).toBe("Every run from 1 Jan 2026 to 30 Jun 2026");
    expect(adjustmentWhen({ recurrence: "recurring", starts_on: "2026-01-01", ends_on: null })).toBe("Every run from 1 Jan 2026 until ended");
  });
  it("ends only recurring adjustments not yet over", () => {
    expect(canEnd({ recurrence: "recurring", ends_on: null }, "2026-06-01")).toBe(true);
    expect(canEnd({ recurrence: "recurring", ends_on: "2026-05-31" }, "2026-06-01")).toBe(false);
    expect(canEnd({ recurrence: "one_off", ends_on: null }, "2026-06-01")).toBe(false);
  });
  it("sends the forms as typed, the server keys what is wrong", () => {
    expect(assignmentInput("12", { effectiveFrom: "2026-12-01", structureId: "1", baseAmount: "3 000" }).changes).toEqual({
      employee_id: "12",
      effective_from: "2026-12-01",
      salary_structure_id: "1",
      base_amount: "3000",
    });
    expect(assignmentInput("12", EMPTY_ASSIGNMENT_FORM).changes).toEqual({ employee_id: "12", effective_from: null, salary_structure_id: "", base_amount: "" });
    expect(assignmentInput("12", { ...EMPTY_ASSIGNMENT_FORM, baseAmount: "3,000" }).errors).toHaveProperty("base_amount");
    const oneOff = adjustmentInput("12", { ...EMPTY_ADJUSTMENT_FORM, name: " Bonus ", amount: "500", startsOn: "2026-12-15", endsOn: "2027-01-01", reason: " " });
    expect(oneOff.changes).toEqual({ employee_id: "12", kind: "bonus", recurrence: "one_off", name: "Bonus", amount: "500", starts_on: "2026-12-15", ends_on: null, reason: null });
    const recurring = adjustmentInput("12", { ...EMPTY_ADJUSTMENT_FORM, recurrence: "recurring", kind: "deduction", amount: "50", startsOn: "2026-01-01", endsOn: "2026-06-30" });
    expect(recurring.changes?.ends_on).toBe("2026-06-30");
    expect(adjustmentInput("12", { ...EMPTY_ADJUSTMENT_FORM, amount: "fifty" }).errors).toHaveProperty("amount");
  });
});

describe("payroll settings", () => {
  const SETTINGS: PayrollSettingsAttributes = {
    currency: "EUR",
    net_rounding: { places: 2, mode: "half_up" },
    net_change_threshold: "10.00",
    debtor_name: "Acme SA",
    debtor_iban: "FR7630006000011234567890189",
    debtor_bic: null,
    overtime_after_hours: null,
  };
  it("sends only what changed", () => {
    const form = settingsFormOf(SETTINGS);
    expect(form.threshold).toBe("10");
    expect(settingsChanges(SETTINGS, form).changes).toBeNull();
    expect(settingsChanges(SETTINGS, { ...form, debtorIban: "fr76 3000 6000 0112 3456 7890 189" }).changes).toBeNull();
    expect(settingsChanges(SETTINGS, { ...form, threshold: "12.5 %", mode: "down", debtorBic: "agrifrpp" }).changes).toEqual({
      net_change_threshold: "12.5",
      net_rounding: { mode: "down" },
      debtor_bic: "AGRIFRPP",
    });
  });
  it("refuses to blank the company's account and numbers that are not", () => {
    const outcome = settingsChanges(SETTINGS, { ...settingsFormOf(SETTINGS), debtorName: "", threshold: "ten", places: "11x" });
    expect(outcome.changes).toBeNull();
    expect(Object.keys(outcome.errors).sort()).toEqual(["debtor_name", "net_change_threshold", "net_rounding.places"]);
  });
  it("sets overtime from attendance in hours a day", () => {
    const form = settingsFormOf(SETTINGS);
    expect(settingsChanges(SETTINGS, { ...form, overtimeAfter: "7,5" }).errors).toHaveProperty("overtime_after_hours");
    expect(settingsChanges(SETTINGS, { ...form, overtimeAfter: "8" }).changes).toEqual({ overtime_after_hours: "8" });
    expect(settingsChanges({ ...SETTINGS, overtime_after_hours: "8" }, { ...form, overtimeAfter: "8.0" }).changes).toBeNull();
    expect(overtimeText("8")).toBe("Attendance beyond 8 hours a day counts as overtime (what overtime_hours formulas read)");
    expect(overtimeText(null)).toBe("Overtime is not taken from attendance");
  });
  it("words the threshold and groups an IBAN", () => {
    expect(thresholdText("10.00")).toBe("Nets that move more than 10 % from the person's previous run are flagged for a second look");
    expect(ibanGroups("fr7630006000011234567890189")).toBe("FR76 3000 6000 0112 3456 7890 189");
  });
});

describe("tabs", () => {
  it("opens on components unless a known tab is named", () => {
    expect(paySetupTab(null)).toBe("components");
    expect(paySetupTab("people")).toBe("people");
    expect(paySetupTab("nowhere")).toBe("components");
  });
});
