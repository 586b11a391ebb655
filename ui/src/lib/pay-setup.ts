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
import { FluentNumber, type FluentVariable } from "@fluent/bundle";
import { formatLongDay, formatMoney } from "./format";
import { t } from "./i18n.svelte";

/** Shown on every disabled change button while offline: what is set up here is what the next run computes. */
export function paySetupOfflineText(): string {
  return t("paysetup-offline");
}

/** A choice's words, read in the language on screen each time they are shown. */
function choice<T extends string>(id: T, label: string, hint = ""): { id: T; label: string; hint: string } {
  return {
    id,
    get label() {
      return t(label);
    },
    get hint() {
      return hint ? t(hint) : "";
    },
  };
}

/**
 * A decimal as the server writes it ("150.00", "7.3"), for a message: shown in the language on screen
 * ("150,00" in German) with the decimals it has and no grouping. Anything else is shown as it is.
 */
export function decimalArg(text: string): FluentVariable {
  const value = text.trim();
  const match = /^-?\d+(?:\.(\d+))?$/.exec(value);
  if (!match) return text;
  const decimals = match[1]?.length ?? 0;
  if (decimals > 20) return text;
  return new FluentNumber(Number(value), { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false });
}

/**
 * A message cut around one of its variables, so that markup can go around the variable where the language
 * puts it: `Payslips are in <strong>EUR</strong>.`
 */
export function around(id: string, slot: string, args: Record<string, FluentVariable> = {}): { before: string; after: string } {
  const mark = "\u{E000}";
  const text = t(id, { ...args, [slot]: mark });
  const at = text.indexOf(mark);
  return at < 0 ? { before: text, after: "" } : { before: text.slice(0, at), after: text.slice(at + mark.length) };
}

/**
 * A message cut at its `slots` variables, in the order the language puts them, so that each slot can be
 * shown with its own markup: `Base <span>€3,000.00</span>, from <time>1 Dec 2026</time>`.
 */
export function messageParts(id: string, slots: readonly string[], args: Record<string, FluentVariable> = {}): { text: string; slot: string | null }[] {
  const marks = slots.map((_, i) => String.fromCodePoint(0xe000 + i));
  const text = t(id, { ...args, ...Object.fromEntries(slots.map((slot, i) => [slot, marks[i]])) });
  const parts: { text: string; slot: string | null }[] = [];
  let rest = "";
  for (const char of text) {
    const at = marks.indexOf(char);
    if (at < 0) {
      rest += char;
      continue;
    }
    if (rest) parts.push({ text: rest, slot: null });
    parts.push({ text: "", slot: slots[at] });
    rest = "";
  }
  if (rest) parts.push({ text: rest, slot: null });
  return parts;
}

export type PaySetupTab = "components" | "structures" | "people" | "settings";

export const PAY_SETUP_TABS: readonly { id: PaySetupTab; label: string }[] = [
  choice("components", "paysetup-tab-components"),
  choice("structures", "paysetup-tab-structures"),
  choice("people", "paysetup-tab-people"),
  choice("settings", "paysetup-tab-settings"),
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


// ---- A component's rule in words -------------------------------------------------------------------------

export const KINDS: readonly { id: ComponentKind; label: string; hint: string }[] = [
  choice("earning", "paysetup-kind-earning", "paysetup-kind-earning-hint"),
  choice("deduction", "paysetup-kind-deduction", "paysetup-kind-deduction-hint"),
  choice("employer_contribution", "paysetup-kind-employer-contribution", "paysetup-kind-employer-contribution-hint"),
];

export function kindLabel(kind: ComponentKind): string {
  return KINDS.find((k) => k.id === kind)?.label ?? kind;
}

export type RuleType = AmountRule["type"];

export const RULE_TYPES: readonly { id: RuleType; label: string }[] = [
  choice("fixed", "paysetup-rule-type-fixed"),
  choice("percent_of", "paysetup-rule-type-percent-of"),
  choice("percent_of_gross", "paysetup-rule-type-percent-of-gross"),
  choice("expression", "paysetup-rule-type-expression"),
];

/** The names a formula reads besides other components' codes, each with what it is. */
export const FORMULA_INPUTS: readonly { name: string; words: string }[] = [
  { name: "base", message: "paysetup-formula-input-base" },
  { name: "working_days", message: "paysetup-formula-input-working-days" },
  { name: "paid_days", message: "paysetup-formula-input-paid-days" },
  { name: "unpaid_days", message: "paysetup-formula-input-unpaid-days" },
  { name: "overtime_hours", message: "paysetup-formula-input-overtime-hours" },
  { name: "gross", message: "paysetup-formula-input-gross" },
].map(({ name, message }) => ({
  name,
  get words() {
    return t(message);
  },
}));

export const ROUNDING_MODES: readonly { id: RoundingMode; label: string; words: string }[] = [
  { id: "half_up" as const, label: "paysetup-rounding-half-up", words: "paysetup-rounding-half-up-words" },
  { id: "half_even" as const, label: "paysetup-rounding-half-even", words: "paysetup-rounding-half-even-words" },
  { id: "down" as const, label: "paysetup-rounding-down", words: "paysetup-rounding-down-words" },
  { id: "up" as const, label: "paysetup-rounding-up", words: "paysetup-rounding-up-words" },
].map(({ id, label, words }) => ({
  id,
  get label() {
    return t(label);
  },
  get words() {
    return t(words);
  },
}));

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
      return t("paysetup-rule-fixed", { amount: decimalArg(rule.amount) });
    case "percent_of":
      return t("paysetup-rule-percent-of", { percent: decimalArg(percentWords(rule.percent)), component: named(rule.component, nameOf) });
    case "percent_of_gross":
      return t("paysetup-rule-percent-of-gross", { percent: decimalArg(percentWords(rule.percent)) });
    case "expression":
      return t("paysetup-rule-expression", { formula: formulaWords(rule.expression) });
  }
}

/** The rule with its proration: "Fixed 150.00, prorated by paid days". */
export function componentSummary(c: Pick<PayComponentAttributes, "rule" | "prorated">, nameOf?: (code: string) => string | undefined): string {
  const rule = ruleText(c.rule, nameOf);
  return c.prorated ? t("paysetup-rule-prorated", { rule }) : rule;
}

/** The words of a rounding: its places ("2 decimals", "whole units") and its mode ("half-way up"). */
function roundingArgs(r: { places: number; mode?: RoundingMode }): Record<string, FluentVariable> {
  const mode = ROUNDING_MODES.find((m) => m.id === (r.mode ?? "half_up"))?.words ?? r.mode ?? "";
  return { places: t("paysetup-rounding-places", { count: r.places }), mode };
}

/** "Rounded to 2 decimals, half-way up", "Rounded to whole units, down". */
export function roundingText(r: { places: number; mode?: RoundingMode }): string {
  return t("paysetup-rounding-text", roundingArgs(r));
}

/** The net pay's rounding, as the settings summary says it: "Each net pay: rounded to 2 decimals, half-way up; …". */
export function netRoundingText(r: { places: number; mode?: RoundingMode }): string {
  return t("paysetup-settings-net-rounding", roundingArgs(r));
}

/** Everything about a component, one line each, as the list shows it. */
export function componentLines(c: PayComponentAttributes, nameOf?: (code: string) => string | undefined): string[] {
  const lines = [componentSummary(c, nameOf), KINDS.find((k) => k.id === c.kind)?.hint ?? "", roundingText(c.rounding)];
  if (c.hidden_when_zero) lines.push(t("paysetup-hidden-when-zero"));
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
      if (amount === null) errors["rule.amount"] = form.amount.trim() ? t("paysetup-error-amount-number") : t("paysetup-error-amount-required");
      return amount === null ? null : { type: "fixed", amount };
    }
    case "percent_of":
    case "percent_of_gross": {
      const percent = decimalInput(form.percent.replace(/%\s*$/, ""));
      if (percent === null) errors["rule.percent"] = form.percent.trim() ? t("paysetup-error-percent-number") : t("paysetup-error-percent-required");
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
    errors[key] = t("paysetup-error-places");
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
  if (base === null) return { changes: null, errors: { base_amount: t("paysetup-error-base-number") } };
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

export const ASSIGNMENT_STATE_LABELS: Record<AssignmentState, string> = {
  get current() {
    return t("paysetup-assignment-current");
  },
  get upcoming() {
    return t("paysetup-assignment-upcoming");
  },
  get past() {
    return t("paysetup-assignment-past");
  },
};

/** "Staff, base €3,000.00, from 1 Dec 2026". */
export function assignmentText(a: PayAssignmentAttributes, currency?: string | null): string {
  return t("paysetup-assignment-text", { structure: a.salary_structure_name, base: formatMoney(a.base_amount, currency), from: formatLongDay(a.effective_from) });
}

export const ADJUSTMENT_KINDS: readonly { id: AdjustmentKind; label: string; hint: string }[] = [
  choice("bonus", "paysetup-adjustment-kind-bonus", "paysetup-adjustment-kind-bonus-hint"),
  choice("advance", "paysetup-adjustment-kind-advance", "paysetup-adjustment-kind-advance-hint"),
  choice("deduction", "paysetup-adjustment-kind-deduction", "paysetup-adjustment-kind-deduction-hint"),
];

export function adjustmentKindLabel(kind: AdjustmentKind): string {
  return ADJUSTMENT_KINDS.find((k) => k.id === kind)?.label ?? kind;
}

/**
 * When an adjustment is paid: "Once, in the run whose period holds 15 Dec 2026", "Every run from 1 Jan 2026
 * to 30 Jun 2026"; `inSentence` for the middle of a sentence ("once, in the run…").
 */
export function adjustmentWhen(a: Pick<PayAdjustmentAttributes, "recurrence" | "starts_on" | "ends_on">, inSentence = false): string {
  const from = formatLongDay(a.starts_on);
  if (a.recurrence === "one_off") return inSentence ? t("paysetup-adjustment-once-inline", { day: from }) : t("paysetup-adjustment-once", { day: from });
  if (a.ends_on) {
    const to = formatLongDay(a.ends_on);
    return inSentence ? t("paysetup-adjustment-every-run-to-inline", { from, to }) : t("paysetup-adjustment-every-run-to", { from, to });
  }
  return inSentence ? t("paysetup-adjustment-every-run-inline", { from }) : t("paysetup-adjustment-every-run", { from });
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
  if (amount === null) return { changes: null, errors: { amount: t("paysetup-error-adjustment-amount-number") } };
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
  if (threshold === null) errors.net_change_threshold = form.threshold.trim() ? t("paysetup-error-threshold-number") : t("paysetup-error-threshold-required");
  const account: [keyof SettingsForm, "debtor_name" | "debtor_iban" | "debtor_bic", () => string][] = [
    ["debtorName", "debtor_name", () => t("paysetup-error-account-name-empty")],
    ["debtorIban", "debtor_iban", () => t("paysetup-error-iban-empty")],
    ["debtorBic", "debtor_bic", () => t("paysetup-error-bic-empty")],
  ];
  const changes: PayrollSettingsChanges = {};
  for (const [field, key, cannotBeEmpty] of account) {
    const typed = String(form[field]).trim();
    const stored = current[key] ?? "";
    const same = key === "debtor_name" ? typed === stored : typed.replace(/\s+/g, "").toUpperCase() === stored.replace(/\s+/g, "").toUpperCase();
    if (same) continue;
    if (!typed) errors[key] = cannotBeEmpty();
    else changes[key] = key === "debtor_name" ? typed : typed.replace(/\s+/g, "").toUpperCase();
  }
  const overtimeTyped = form.overtimeAfter.trim();
  const overtime = overtimeTyped ? decimalInput(overtimeTyped) : null;
  if (overtimeTyped && overtime === null) errors.overtime_after_hours = t("paysetup-error-overtime-number");
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
  return hours ? t("paysetup-overtime-text", { hours: decimalArg(hours) }) : t("paysetup-overtime-none");
}

/** The review threshold in words: "Nets that move more than 10 % from the person's previous run are flagged". */
export function thresholdText(threshold: string): string {
  return t("paysetup-threshold-text", { percent: decimalArg(percentWords(threshold)) });
}
