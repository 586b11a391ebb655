// Pay setup as HR reads and writes it: each pay component's rule in plain words, the forms for components,
// salary structures, a person's pay and the payroll settings, and what each sends. The server checks
// everything as payroll computes it and answers per field (`rule.expression`, `components.2`,
// `base_amount`, `debtor_iban`); this only presents it, and catches what could not be sent at all (a
// number that is not one).

import type {
  AdjustmentKind,
  AmountRule,
  ComponentKind,
  PayAdjustmentAttributes,
  PayAdjustmentInput_Deserialize as PayAdjustmentInput,
  PayAssignmentAttributes,
  PayAssignmentInput_Deserialize as PayAssignmentInput,
  PayComponentAttributes,
  PayComponentChanges_Deserialize as PayComponentChanges,
  PayrollSettingsAttributes,
  PayrollSettingsChanges_Deserialize as PayrollSettingsChanges,
  Recurrence,
  RoundingMode,
  SalaryStructureAttributes,
  SalaryStructureChanges_Deserialize as SalaryStructureChanges,
} from "./bindings";
import { formatLongDay, formatMoney, plural } from "./format";

/** Shown on every disabled change button while offline: what is set up here is what the next run computes. */
export const PAY_SETUP_OFFLINE_TEXT = "Pay setup changes need a connection";

export type PaySetupTab = "components" | "structures" | "people" | "settings";

export const PAY_SETUP_TABS: readonly { id: PaySetupTab; label: string }[] = [
  { id: "components", label: "Components" },
  { id: "structures", label: "Structures" },
  { id: "people", label: "People's pay" },
  { id: "settings", label: "Settings" },
];

export function paySetupTab(param: string | null): PaySetupTab {
  return PAY_SETUP_TABS.find((tab) => tab.id === param)?.id ?? "components";
}

/** What a form sends, or why it cannot be sent yet (keyed as the server keys its errors). */
export interface Outcome<T> {
  changes: T | null;
  errors: Record<string, string>;
}

/** A field key as an element id: `rule.expression` → `rule-expression`. */
export const fieldId = (key: string) => key.replace(/[^A-Za-z0-9_-]/g, "-");

/** The id of the message about `key` in the form `prefix` (what `FieldError` renders). */
export const errorId = (prefix: string, key: string) => `${prefix}-${fieldId(key)}-error`;

/** What a field's aria-describedby names: its hint (when it has one) and its error (when there is one). */
export function describedBy(prefix: string, key: string, errors: Record<string, string>, hint = false): string | undefined {
  const ids = [hint ? `${prefix}-${fieldId(key)}-hint` : "", errors[key] ? errorId(prefix, key) : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** The errors a form shows beside its `fields`, and the others as one message to show above its button. */
export function splitErrors(shown: Record<string, string>, fields: readonly string[]): { fields: Record<string, string>; rest: string } {
  const beside: Record<string, string> = {};
  const rest: string[] = [];
  for (const [key, message] of Object.entries(shown)) {
    if (fields.includes(key)) beside[key] = message;
    else rest.push(message);
  }
  return { fields: beside, rest: rest.join(" ") };
}

// ---- Numbers as typed ---------------------------------------------------------------------------------

/**
 * A decimal as typed, written the way the server reads it ("1500", "-2.5", "0.073"), or null when it is not
 * one. A comma is refused rather than guessed: "1,500" could be fifteen hundred or one and a half.
 */
export function decimalInput(text: string): string | null {
  const plain = text.trim().replace(/\s+/g, "").replace(/^\+/, "");
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(plain);
  if (!match) return null;
  const [, sign, whole, fraction = ""] = match;
  if (!whole && !fraction) return null;
  return `${sign}${whole || "0"}${fraction ? `.${fraction}` : ""}`;
}

/** Whether two decimal strings are the same number: "150" and "150.00". */
export function sameDecimal(a: string, b: string): boolean {
  const canonical = (text: string) => {
    const value = decimalInput(text) ?? text;
    const [whole, fraction = ""] = value.replace(/^(-?)0+(?=\d)/, "$1").split(".");
    const trimmed = fraction.replace(/0+$/, "");
    const written = trimmed ? `${whole}.${trimmed}` : whole;
    return written === "-0" ? "0" : written;
  };
  return canonical(a) === canonical(b);
}

/** A percentage without the zeros the server pads it with: "5.00" → "5", "7.30" → "7.3". */
export function percentWords(percent: string): string {
  if (!/^-?\d+(\.\d+)?$/.test(percent.trim())) return percent;
  const [whole, fraction = ""] = percent.trim().split(".");
  const trimmed = fraction.replace(/0+$/, "");
  return trimmed ? `${whole}.${trimmed}` : whole;
}

const mustBeNumber = (what: string, example: string) => `The ${what} must be a number, such as ${example} (a point for decimals).`;

// ---- A component's rule in words -------------------------------------------------------------------------

export const KINDS: readonly { id: ComponentKind; label: string; hint: string }[] = [
  { id: "earning", label: "Earning", hint: "Part of gross pay" },
  { id: "deduction", label: "Deduction", hint: "Taken from gross pay on the way to net" },
  { id: "employer_contribution", label: "Employer contribution", hint: "Paid by the company on top of the salary: shown, not in net" },
];

export function kindLabel(kind: ComponentKind): string {
  return KINDS.find((k) => k.id === kind)?.label ?? kind;
}

export type RuleType = AmountRule["type"];

export const RULE_TYPES: readonly { id: RuleType; label: string }[] = [
  { id: "fixed", label: "A fixed amount" },
  { id: "percent_of", label: "A percentage of another component" },
  { id: "percent_of_gross", label: "A percentage of gross pay" },
  { id: "expression", label: "A formula" },
];

/** The names a formula reads besides other components' codes, each with what it is. */
export const FORMULA_INPUTS: readonly { name: string; words: string }[] = [
  { name: "base", words: "the person's base amount" },
  { name: "working_days", words: "working days in the period" },
  { name: "paid_days", words: "days paid" },
  { name: "unpaid_days", words: "unpaid leave days" },
  { name: "overtime_hours", words: "approved overtime" },
  { name: "gross", words: "gross pay (not in an earning)" },
];

export const ROUNDING_MODES: readonly { id: RoundingMode; label: string; words: string }[] = [
  { id: "half_up", label: "Half-way up (2.345 → 2.35)", words: "half-way up" },
  { id: "half_even", label: "Half-way to even, banker's (2.345 → 2.34)", words: "half-way to even" },
  { id: "down", label: "Down, towards zero", words: "down" },
  { id: "up", label: "Up, away from zero", words: "up" },
];

/** A formula as people write it: `min(gross, 5000) * 0.073` → `min(gross, 5000) × 0.073`. */
export function formulaWords(expression: string): string {
  return expression
    .trim()
    .replace(/\s*\*\s*/g, " × ")
    .replace(/\s*\/\s*/g, " ÷ ")
    .replace(/\s+/g, " ");
}

/** A component named by its code, with its name when known: "Basic pay (BASIC)". */
function named(code: string, nameOf?: (code: string) => string | undefined): string {
  const name = nameOf?.(code);
  return name && name !== code ? `${name} (${code})` : code;
}

/** "Fixed 150.00", "5 % of gross", "10 % of Basic pay (BASIC)", "Formula: min(gross, 5000) × 0.073". */
export function ruleText(rule: AmountRule, nameOf?: (code: string) => string | undefined): string {
  switch (rule.type) {
    case "fixed":
      return `Fixed ${rule.amount}`;
    case "percent_of":
      return `${percentWords(rule.percent)} % of ${named(rule.component, nameOf)}`;
    case "percent_of_gross":
      return `${percentWords(rule.percent)} % of gross`;
    case "expression":
      return `Formula: ${formulaWords(rule.expression)}`;
  }
}

/** The rule with its proration: "Fixed 150.00, prorated by paid days". */
export function componentSummary(c: Pick<PayComponentAttributes, "rule" | "prorated">, nameOf?: (code: string) => string | undefined): string {
  return `${ruleText(c.rule, nameOf)}${c.prorated ? ", prorated by paid days" : ""}`;
}

/** "Rounded to 2 decimals, half-way up", "Rounded to whole units, down". */
export function roundingText(r: { places: number; mode?: RoundingMode }): string {
  const places = r.places === 0 ? "whole units" : plural(r.places, "decimal");
  const mode = ROUNDING_MODES.find((m) => m.id === (r.mode ?? "half_up"))?.words ?? r.mode;
  return `Rounded to ${places}, ${mode}`;
}

/** Everything about a component, one line each, as the list shows it. */
export function componentLines(c: PayComponentAttributes, nameOf?: (code: string) => string | undefined): string[] {
  const lines = [componentSummary(c, nameOf), KINDS.find((k) => k.id === c.kind)?.hint ?? "", roundingText(c.rounding)];
  if (c.hidden_when_zero) lines.push("Left off the payslip when zero");
  return lines.filter(Boolean);
}

// ---- The component form ---------------------------------------------------------------------------------

export interface ComponentForm {
  code: string;
  name: string;
  kind: ComponentKind;
  ruleType: RuleType;
  /** Of a fixed rule, as typed. */
  amount: string;
  /** Of a percentage, as typed: "5" for 5 %. */
  percent: string;
  /** The code a percentage is of. */
  ofComponent: string;
  expression: string;
  prorated: boolean;
  hiddenWhenZero: boolean;
  /** Decimals kept, as typed. */
  places: string;
  mode: RoundingMode;
}

export const EMPTY_COMPONENT_FORM: ComponentForm = {
  code: "",
  name: "",
  kind: "earning",
  ruleType: "fixed",
  amount: "",
  percent: "",
  ofComponent: "",
  expression: "",
  prorated: false,
  hiddenWhenZero: false,
  places: "2",
  mode: "half_up",
};

/** Every key the component form shows beside a field; any other error is shown above the button. */
export const COMPONENT_FIELDS = [
  "code",
  "name",
  "kind",
  "rule",
  "rule.type",
  "rule.amount",
  "rule.percent",
  "rule.component",
  "rule.expression",
  "prorated",
  "hidden_when_zero",
  "rounding",
  "rounding.places",
  "rounding.mode",
] as const;

export function componentFormOf(c: PayComponentAttributes): ComponentForm {
  const rule = c.rule;
  return {
    code: c.code,
    name: c.name,
    kind: c.kind,
    ruleType: rule.type,
    amount: rule.type === "fixed" ? rule.amount : "",
    percent: rule.type === "percent_of" || rule.type === "percent_of_gross" ? percentWords(rule.percent) : "",
    ofComponent: rule.type === "percent_of" ? rule.component : "",
    expression: rule.type === "expression" ? rule.expression : "",
    prorated: c.prorated,
    hiddenWhenZero: c.hidden_when_zero,
    places: String(c.rounding.places),
    mode: c.rounding.mode ?? "half_up",
  };
}

/** A code from a name, as formulas name components: "Basic pay" → "BASIC_PAY". */
export function codeFrom(name: string): string {
  const code = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^[^A-Z]+/, "")
    .replace(/_+$/, "");
  return code.slice(0, 40).replace(/_+$/, "");
}

function ruleOf(form: ComponentForm, errors: Record<string, string>): AmountRule | null {
  switch (form.ruleType) {
    case "fixed": {
      const amount = decimalInput(form.amount);
      if (amount === null) errors["rule.amount"] = form.amount.trim() ? mustBeNumber("amount", "150 or 150.50") : "The amount field is required.";
      return amount === null ? null : { type: "fixed", amount };
    }
    case "percent_of":
    case "percent_of_gross": {
      const percent = decimalInput(form.percent.replace(/%\s*$/, ""));
      if (percent === null) errors["rule.percent"] = form.percent.trim() ? mustBeNumber("percentage", "5 or 7.3") : "The percent field is required.";
      if (percent === null) return null;
      return form.ruleType === "percent_of" ? { type: "percent_of", component: form.ofComponent.trim(), percent } : { type: "percent_of_gross", percent };
    }
    case "expression":
      return { type: "expression", expression: form.expression.trim() };
  }
}

function placesOf(form: ComponentForm, errors: Record<string, string>, key = "rounding.places"): number | null {
  const text = form.places.trim();
  if (!/^\d{1,2}$/.test(text)) {
    errors[key] = "The places field must be a whole number of decimals, 0 to 10.";
    return null;
  }
  return Number(text);
}

export function sameRule(a: AmountRule, b: AmountRule): boolean {
  if (a.type === "fixed" && b.type === "fixed") return sameDecimal(a.amount, b.amount);
  if (a.type === "percent_of" && b.type === "percent_of") return a.component === b.component && sameDecimal(a.percent, b.percent);
  if (a.type === "percent_of_gross" && b.type === "percent_of_gross") return sameDecimal(a.percent, b.percent);
  if (a.type === "expression" && b.type === "expression") return a.expression.trim() === b.expression.trim();
  return false;
}

/** What creating the component sends: every field, the server says what is missing or wrong. */
export function newComponent(form: ComponentForm): Outcome<PayComponentChanges> {
  const errors: Record<string, string> = {};
  const rule = ruleOf(form, errors);
  const places = placesOf(form, errors);
  if (!rule || places === null) return { changes: null, errors };
  return {
    changes: {
      code: form.code.trim(),
      name: form.name.trim(),
      kind: form.kind,
      rule,
      prorated: form.prorated,
      hidden_when_zero: form.hiddenWhenZero,
      rounding: { places, mode: form.mode },
    },
    errors,
  };
}

/** What changing `current` sends: only what differs (a rule that differs is sent whole). */
export function componentChanges(current: PayComponentAttributes, form: ComponentForm): Outcome<PayComponentChanges> {
  const errors: Record<string, string> = {};
  const rule = ruleOf(form, errors);
  const places = placesOf(form, errors);
  if (!rule || places === null) return { changes: null, errors };
  const changes: PayComponentChanges = {};
  if (form.code.trim() !== current.code) changes.code = form.code.trim();
  if (form.name.trim() !== current.name) changes.name = form.name.trim();
  if (form.kind !== current.kind) changes.kind = form.kind;
  if (!sameRule(rule, current.rule)) changes.rule = rule;
  if (form.prorated !== current.prorated) changes.prorated = form.prorated;
  if (form.hiddenWhenZero !== current.hidden_when_zero) changes.hidden_when_zero = form.hiddenWhenZero;
  const rounding: { places?: number; mode?: RoundingMode } = {};
  if (places !== current.rounding.places) rounding.places = places;
  if (form.mode !== (current.rounding.mode ?? "half_up")) rounding.mode = form.mode;
  if (Object.keys(rounding).length) changes.rounding = rounding;
  return { changes: Object.keys(changes).length ? changes : null, errors };
}

// ---- Salary structures ----------------------------------------------------------------------------------

export interface StructureForm {
  name: string;
  /** The components' ids in payslip order. */
  components: string[];
}

export function structureFormOf(s: SalaryStructureAttributes): StructureForm {
  return { name: s.name, components: s.components.map((c) => c.id) };
}

/** `list` with the item at `index` moved `by` places (kept inside the list). */
export function moved<T>(list: readonly T[], index: number, by: number): T[] {
  const to = Math.max(0, Math.min(list.length - 1, index + by));
  const next = [...list];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

export function newStructure(form: StructureForm): Outcome<SalaryStructureChanges> {
  return { changes: { name: form.name.trim(), components: [...form.components] }, errors: {} };
}

export function structureChanges(current: SalaryStructureAttributes, form: StructureForm): Outcome<SalaryStructureChanges> {
  const changes: SalaryStructureChanges = {};
  if (form.name.trim() !== current.name) changes.name = form.name.trim();
  const ids = current.components.map((c) => c.id);
  if (ids.length !== form.components.length || ids.some((id, i) => id !== form.components[i])) changes.components = [...form.components];
  return { changes: Object.keys(changes).length ? changes : null, errors: {} };
}

/**
 * The server's answer about a structure split into the form's fields and its rows: `components.2` and
 * `components.2.rule.expression` both belong to the third row, with the row's code instead of the position.
 */
export function structureErrors(shown: Record<string, string>, codes: readonly string[]): { fields: Record<string, string>; rows: Record<number, string> } {
  const fields: Record<string, string> = {};
  const rows: Record<number, string> = {};
  for (const [key, message] of Object.entries(shown)) {
    const row = /^components\.(\d+)(?:\.(.*))?$/.exec(key);
    if (!row) {
      fields[key] = message;
      continue;
    }
    const index = Number(row[1]);
    if (index in rows) continue;
    const code = codes[index];
    rows[index] = code
      ? message.replace(`components.${index}.`, `${code}'s `).replace(`components.${index}`, code)
      : message;
  }
  return { fields, rows };
}

// ---- A person's pay ---------------------------------------------------------------------------------------

export interface AssignmentForm {
  effectiveFrom: string;
  structureId: string;
  baseAmount: string;
}

export const EMPTY_ASSIGNMENT_FORM: AssignmentForm = { effectiveFrom: "", structureId: "", baseAmount: "" };

/** The fields the assignment form shows an error beside. */
export const ASSIGNMENT_FIELDS = ["employee_id", "effective_from", "salary_structure_id", "base_amount"] as const;

export function assignmentInput(employeeId: string, form: AssignmentForm): Outcome<PayAssignmentInput> {
  const base = form.baseAmount.trim() ? decimalInput(form.baseAmount) : "";
  if (base === null) return { changes: null, errors: { base_amount: mustBeNumber("base amount", "3000 or 3000.50") } };
  return {
    changes: { employee_id: employeeId, effective_from: form.effectiveFrom || null, salary_structure_id: form.structureId, base_amount: base },
    errors: {},
  };
}

export type AssignmentState = "current" | "upcoming" | "past";

/** Newest first, each with whether it is in force on `today`, is still to come or was replaced. */
export function withStates<T extends { attributes: Pick<PayAssignmentAttributes, "effective_from"> }>(assignments: readonly T[], today: string): { item: T; state: AssignmentState }[] {
  const sorted = [...assignments].sort((a, b) => b.attributes.effective_from.localeCompare(a.attributes.effective_from));
  const current = sorted.find((a) => a.attributes.effective_from <= today);
  return sorted.map((item) => ({ item, state: item.attributes.effective_from > today ? "upcoming" : item === current ? "current" : "past" }));
}

export const ASSIGNMENT_STATE_LABELS: Record<AssignmentState, string> = { current: "In force", upcoming: "Upcoming", past: "Replaced" };

/** "Staff, base €3,000.00, from 1 Dec 2026". */
export function assignmentText(a: PayAssignmentAttributes, currency?: string | null): string {
  return `${a.salary_structure_name}, base ${formatMoney(a.base_amount, currency)}, from ${formatLongDay(a.effective_from)}`;
}

export const ADJUSTMENT_KINDS: readonly { id: AdjustmentKind; label: string; hint: string }[] = [
  { id: "bonus", label: "Bonus", hint: "Earned: part of gross, so percentages of gross include it" },
  { id: "advance", label: "Advance", hint: "Paid ahead with the payslip: added to net, not part of gross" },
  { id: "deduction", label: "Deduction", hint: "Taken from net" },
];

export function adjustmentKindLabel(kind: AdjustmentKind): string {
  return ADJUSTMENT_KINDS.find((k) => k.id === kind)?.label ?? kind;
}

/** When an adjustment is paid: "Once, in the run whose period holds 15 Dec 2026", "Every run from 1 Jan 2026 to 30 Jun 2026". */
export function adjustmentWhen(a: Pick<PayAdjustmentAttributes, "recurrence" | "starts_on" | "ends_on">): string {
  if (a.recurrence === "one_off") return `Once, in the run whose period holds ${formatLongDay(a.starts_on)}`;
  const end = a.ends_on ? `to ${formatLongDay(a.ends_on)}` : "until ended";
  return `Every run from ${formatLongDay(a.starts_on)} ${end}`;
}

/** A recurring adjustment can be ended while its end (if any) is not yet behind. */
export function canEnd(a: Pick<PayAdjustmentAttributes, "recurrence" | "ends_on">, today: string): boolean {
  return a.recurrence === "recurring" && (!a.ends_on || a.ends_on >= today);
}

export interface AdjustmentForm {
  kind: AdjustmentKind;
  recurrence: Recurrence;
  name: string;
  amount: string;
  startsOn: string;
  /** A recurring adjustment's last day; "" for until ended. */
  endsOn: string;
  reason: string;
}

export const EMPTY_ADJUSTMENT_FORM: AdjustmentForm = { kind: "bonus", recurrence: "one_off", name: "", amount: "", startsOn: "", endsOn: "", reason: "" };

export const ADJUSTMENT_FIELDS = ["employee_id", "kind", "recurrence", "name", "amount", "starts_on", "ends_on", "reason"] as const;

export function adjustmentInput(employeeId: string, form: AdjustmentForm): Outcome<PayAdjustmentInput> {
  const amount = form.amount.trim() ? decimalInput(form.amount) : "";
  if (amount === null) return { changes: null, errors: { amount: mustBeNumber("amount", "500 or 499.90") } };
  return {
    changes: {
      employee_id: employeeId,
      kind: form.kind,
      recurrence: form.recurrence,
      name: form.name.trim(),
      amount,
      starts_on: form.startsOn || null,
      ends_on: form.recurrence === "recurring" && form.endsOn ? form.endsOn : null,
      reason: form.reason.trim() || null,
    },
    errors: {},
  };
}

// ---- Payroll settings -------------------------------------------------------------------------------------

export interface SettingsForm {
  places: string;
  mode: RoundingMode;
  /** The review threshold, a percentage as typed. */
  threshold: string;
  debtorName: string;
  debtorIban: string;
  debtorBic: string;
  /** Hours a day after which attendance counts as overtime; empty for none. */
  overtimeAfter: string;
}

export const SETTINGS_FIELDS = ["net_rounding", "net_rounding.places", "net_rounding.mode", "net_change_threshold", "debtor_name", "debtor_iban", "debtor_bic", "overtime_after_hours"] as const;

export function settingsFormOf(s: PayrollSettingsAttributes): SettingsForm {
  return {
    places: String(s.net_rounding.places),
    mode: s.net_rounding.mode ?? "half_up",
    threshold: percentWords(s.net_change_threshold),
    debtorName: s.debtor_name ?? "",
    debtorIban: ibanGroups(s.debtor_iban),
    debtorBic: s.debtor_bic ?? "",
    overtimeAfter: s.overtime_after_hours ?? "",
  };
}

/** An IBAN as banks print it: in groups of four. */
export function ibanGroups(iban: string | null | undefined): string {
  return (iban ?? "").replace(/\s+/g, "").toUpperCase().replace(/(.{4})(?=.)/g, "$1 ");
}

/** What saving the settings sends: only what differs. The company's account, once set, is changed, never blanked. */
export function settingsChanges(current: PayrollSettingsAttributes, form: SettingsForm): Outcome<PayrollSettingsChanges> {
  const errors: Record<string, string> = {};
  const places = placesOf({ ...EMPTY_COMPONENT_FORM, places: form.places }, errors, "net_rounding.places");
  const threshold = decimalInput(form.threshold.replace(/%\s*$/, ""));
  if (threshold === null) errors.net_change_threshold = form.threshold.trim() ? mustBeNumber("threshold", "10 or 12.5") : "The net change threshold field is required.";
  const account: [keyof SettingsForm, "debtor_name" | "debtor_iban" | "debtor_bic", string][] = [
    ["debtorName", "debtor_name", "account name"],
    ["debtorIban", "debtor_iban", "IBAN"],
    ["debtorBic", "debtor_bic", "BIC"],
  ];
  const changes: PayrollSettingsChanges = {};
  for (const [field, key, words] of account) {
    const typed = String(form[field]).trim();
    const stored = current[key] ?? "";
    const same = key === "debtor_name" ? typed === stored : typed.replace(/\s+/g, "").toUpperCase() === stored.replace(/\s+/g, "").toUpperCase();
    if (same) continue;
    if (!typed) errors[key] = `The ${words} cannot be left empty once set: type the new one.`;
    else changes[key] = key === "debtor_name" ? typed : typed.replace(/\s+/g, "").toUpperCase();
  }
  const overtimeTyped = form.overtimeAfter.trim();
  const overtime = overtimeTyped ? decimalInput(overtimeTyped) : null;
  if (overtimeTyped && overtime === null) errors.overtime_after_hours = mustBeNumber("overtime after hours", "8 or 7.5");
  if (Object.keys(errors).length || places === null || threshold === null) return { changes: null, errors };
  if (overtime !== null && !sameDecimal(overtime, current.overtime_after_hours ?? "")) changes.overtime_after_hours = overtime;
  const rounding: { places?: number; mode?: RoundingMode } = {};
  if (places !== current.net_rounding.places) rounding.places = places;
  if (form.mode !== (current.net_rounding.mode ?? "half_up")) rounding.mode = form.mode;
  if (Object.keys(rounding).length) changes.net_rounding = rounding;
  if (!sameDecimal(threshold, current.net_change_threshold)) changes.net_change_threshold = threshold;
  return { changes: Object.keys(changes).length ? changes : null, errors };
}

/** Overtime from attendance in words. */
export function overtimeText(hours: string | null | undefined): string {
  return hours ? `Attendance beyond ${hours} hours a day counts as overtime (what overtime_hours formulas read)` : "Overtime is not taken from attendance";
}

/** The review threshold in words: "Nets that move more than 10 % from the person's previous run are flagged". */
export function thresholdText(threshold: string): string {
  return `Nets that move more than ${percentWords(threshold)} % from the person's previous run are flagged for a second look`;
}
