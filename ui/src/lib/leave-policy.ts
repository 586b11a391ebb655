// Leave policy as HR reads and writes it: each leave type's rules in plain words, the form and what it
// sends, a person's ledger with its running balance, and the jobs that grant, accrue and close the year.
// The server decides what is allowed and says so per field; this only presents it.

import type {
  ApprovalChain,
  LeaveJob,
  LeaveJobEntry,
  LeaveLedgerEntryAttributes,
  LeaveTypeAttributes,
  LeaveTypeChanges_Deserialize as LeaveTypeChanges,
} from "./bindings";
import { t } from "./i18n.svelte";

/** Shown on every disabled change button while offline: a policy applies from the moment the server has it. */
export function policyOfflineText(): string {
  return t("leavepolicy-offline");
}

/** An offline reason, and that the list shown is this device's last copy. */
export function offlineLastReadText(reason: string): string {
  return t("leavepolicy-offline-last-read", { reason });
}

export type PolicyTab = "types" | "ledger" | "jobs";

/** An entry of a table whose words are read in the language on screen each time they are shown. */
function labelled<T extends string>(id: T, message: string): { id: T; label: string } {
  return {
    id,
    get label() {
      return t(message);
    },
  };
}

export const POLICY_TABS: readonly { id: PolicyTab; label: string }[] = [
  labelled("types", "leavepolicy-tab-types"),
  labelled("ledger", "leavepolicy-tab-ledger"),
  labelled("jobs", "leavepolicy-tab-jobs"),
];

export function policyTab(param: string | null): PolicyTab {
  return POLICY_TABS.find((tab) => tab.id === param)?.id ?? "types";
}

// ---- A type's rules in words --------------------------------------------------------------------------

export const CHAINS: readonly { id: ApprovalChain; label: string }[] = [
  labelled("none", "leavepolicy-chain-none"),
  labelled("manager", "leavepolicy-chain-manager"),
  labelled("manager_hr", "leavepolicy-chain-manager-hr"),
];

/** "Paid", "Unpaid", "Partly paid: 50 % of pay". */
export function payText(fraction: number | null): string {
  // A fraction the wire could not carry (null) is the server's default: paid.
  if (fraction === null || fraction >= 1) return t("leavepolicy-paid");
  if (fraction <= 0) return t("leavepolicy-unpaid");
  return t("leavepolicy-partly-paid", { percent: Math.round(fraction * 100) });
}

export function allowanceText(type: Pick<LeaveTypeAttributes, "days_per_year" | "accrual" | "prorated">): string {
  const count = type.days_per_year;
  if (count === 0) return t("leavepolicy-allowance-none");
  if (type.accrual === "monthly") return t("leavepolicy-allowance-monthly", { count });
  return t(type.prorated ? "leavepolicy-allowance-upfront-prorated" : "leavepolicy-allowance-upfront", { count });
}

export function carryOverText(type: Pick<LeaveTypeAttributes, "carry_over_cap" | "carry_over_expiry_months">): string {
  if (type.carry_over_cap === 0) return t("leavepolicy-carry-none");
  const count = type.carry_over_cap;
  const months = type.carry_over_expiry_months;
  return months ? t("leavepolicy-carry-expiring", { count, months }) : t("leavepolicy-carry", { count });
}

export function approvalText(type: Pick<LeaveTypeAttributes, "approval_chain" | "extra_hr_step_above_days">): string {
  const count = type.extra_hr_step_above_days;
  if (type.approval_chain === "manager_hr") return t("leavepolicy-approval-manager-hr");
  if (type.approval_chain === "manager") return count != null ? t("leavepolicy-approval-manager-extra", { count }) : t("leavepolicy-approval-manager");
  return count != null ? t("leavepolicy-approval-none-extra", { count }) : t("leavepolicy-approval-none");
}

/** Every rule of a type, one line each, as the list shows it. */
export function policyLines(type: LeaveTypeAttributes): string[] {
  const lines = [payText(type.paid_fraction), allowanceText(type), carryOverText(type), approvalText(type)];
  lines.push(type.counts_non_working_days ? t("leavepolicy-counts-all-days") : t("leavepolicy-counts-working-days"));
  lines.push(type.half_days === false ? t("leavepolicy-whole-days") : t("leavepolicy-half-days"));
  if (type.min_notice_days > 0) lines.push(t("leavepolicy-notice", { count: type.min_notice_days }));
  if (type.negative_allowance > 0) lines.push(t("leavepolicy-negative", { count: type.negative_allowance }));
  if (type.attachment_required) lines.push(t("leavepolicy-attachment-required"));
  return lines;
}

// ---- The form -----------------------------------------------------------------------------------------

export type Pay = "paid" | "unpaid" | "partly";

/** The form as HR fills it in: numbers as typed, "" for an optional limit left open. */
export interface LeaveTypeForm {
  code: string;
  name: string;
  pay: Pay;
  /** Of pay, for a partly paid type: "50". */
  paidPercent: string;
  daysPerYear: string;
  accrual: "upfront" | "monthly";
  prorated: boolean;
  countsNonWorkingDays: boolean;
  halfDays: boolean;
  attachmentRequired: boolean;
  minNoticeDays: string;
  carryOverCap: string;
  /** "" for never. */
  carryOverExpiryMonths: string;
  negativeAllowance: string;
  approvalChain: ApprovalChain;
  /** "" for no extra step. */
  extraHrStepAboveDays: string;
}

export const EMPTY_LEAVE_TYPE_FORM: LeaveTypeForm = {
  code: "",
  name: "",
  pay: "paid",
  paidPercent: "50",
  daysPerYear: "0",
  accrual: "upfront",
  prorated: true,
  countsNonWorkingDays: false,
  halfDays: true,
  attachmentRequired: false,
  minNoticeDays: "0",
  carryOverCap: "0",
  carryOverExpiryMonths: "",
  negativeAllowance: "0",
  approvalChain: "manager_hr",
  extraHrStepAboveDays: "",
};

export function leaveTypeFormOf(type: LeaveTypeAttributes): LeaveTypeForm {
  const fraction = type.paid_fraction ?? 1;
  return {
    code: type.code,
    name: type.name,
    pay: fraction >= 1 ? "paid" : fraction <= 0 ? "unpaid" : "partly",
    paidPercent: fraction > 0 && fraction < 1 ? String(Math.round(fraction * 100)) : "50",
    daysPerYear: String(type.days_per_year),
    accrual: type.accrual,
    prorated: type.prorated,
    countsNonWorkingDays: type.counts_non_working_days,
    halfDays: type.half_days ?? true,
    attachmentRequired: type.attachment_required,
    minNoticeDays: String(type.min_notice_days),
    carryOverCap: String(type.carry_over_cap),
    carryOverExpiryMonths: type.carry_over_expiry_months == null ? "" : String(type.carry_over_expiry_months),
    negativeAllowance: String(type.negative_allowance),
    approvalChain: type.approval_chain,
    extraHrStepAboveDays: type.extra_hr_step_above_days == null ? "" : String(type.extra_hr_step_above_days),
  };
}

/** A code from a name, as the server takes codes: "Time off in lieu" → "time_off_in_lieu". */
export function codeFrom(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 50);
}

type Outcome = { changes: LeaveTypeChanges | null; errors: Record<string, string> };

/** The number fields' names as their errors say them. */
const NUMBER_FIELDS: Record<string, string> = {
  days_per_year: "leavepolicy-field-days-per-year",
  min_notice_days: "leavepolicy-field-min-notice-days",
  carry_over_cap: "leavepolicy-field-carry-over-cap",
  carry_over_expiry_months: "leavepolicy-field-carry-over-expiry-months",
  negative_allowance: "leavepolicy-field-negative-allowance",
  extra_hr_step_above_days: "leavepolicy-field-extra-hr-step-above-days",
};

/** The whole policy the form describes, each number checked; what a number field holds that is not one is said in the server's words. */
function policyOf(form: LeaveTypeForm): Outcome & { full: Required<Omit<LeaveTypeChanges, "retired">> } {
  const errors: Record<string, string> = {};
  const whole = (field: string, text: string): number => {
    const typed = text.trim();
    if (/^\d+$/.test(typed)) return Number(typed);
    const name = NUMBER_FIELDS[field];
    errors[field] = t("leavepolicy-error-integer", { field: name ? t(name) : field.replace(/_/g, " ") });
    return 0;
  };
  const optional = (field: string, text: string): number | null => (text.trim() === "" ? null : whole(field, text));
  let fraction = form.pay === "paid" ? 1 : 0;
  if (form.pay === "partly") {
    const percent = Number(form.paidPercent.trim());
    if (form.paidPercent.trim() === "" || !Number.isFinite(percent) || percent <= 0 || percent >= 100) {
      errors.paid_fraction = t("leavepolicy-error-percent");
    } else fraction = Math.round(percent) / 100;
  }
  const full = {
    code: form.code.trim(),
    name: form.name.trim(),
    paid_fraction: fraction,
    days_per_year: whole("days_per_year", form.daysPerYear),
    accrual: form.accrual,
    prorated: form.prorated,
    counts_non_working_days: form.countsNonWorkingDays,
    half_days: form.halfDays,
    attachment_required: form.attachmentRequired,
    min_notice_days: whole("min_notice_days", form.minNoticeDays),
    carry_over_cap: whole("carry_over_cap", form.carryOverCap),
    carry_over_expiry_months: optional("carry_over_expiry_months", form.carryOverExpiryMonths),
    negative_allowance: whole("negative_allowance", form.negativeAllowance),
    approval_chain: form.approvalChain,
    extra_hr_step_above_days: optional("extra_hr_step_above_days", form.extraHrStepAboveDays),
  };
  return { full, changes: null, errors };
}

/** What creating the form's type sends: every field, so the type is exactly as shown. */
export function newLeaveType(form: LeaveTypeForm): Outcome {
  const { full, errors } = policyOf(form);
  return Object.keys(errors).length ? { changes: null, errors } : { changes: { ...full }, errors };
}

/** What saving the form over `type` sends, only what changed; `changes` null and no errors when nothing did. */
export function leaveTypeChanges(type: LeaveTypeAttributes, form: LeaveTypeForm): Outcome {
  const { full, errors } = policyOf(form);
  if (Object.keys(errors).length) return { changes: null, errors };
  const change: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(full)) {
    if ((type as unknown as Record<string, unknown>)[field] !== value) change[field] = value;
  }
  return { changes: Object.keys(change).length ? (change as LeaveTypeChanges) : null, errors };
}

/** The form's fields by the names the server gives its errors. */
export const LEAVE_TYPE_FIELDS = [
  "code",
  "name",
  "paid_fraction",
  "days_per_year",
  "accrual",
  "prorated",
  "counts_non_working_days",
  "half_days",
  "attachment_required",
  "min_notice_days",
  "carry_over_cap",
  "carry_over_expiry_months",
  "negative_allowance",
  "approval_chain",
  "extra_hr_step_above_days",
] as const;

// ---- The ledger ---------------------------------------------------------------------------------------

/** The kinds of ledger entry, by the message that names them. */
const KINDS: Record<string, string> = {
  grant: "leavepolicy-kind-grant",
  accrual: "leavepolicy-kind-accrual",
  carry_over: "leavepolicy-kind-carry-over",
  expiry: "leavepolicy-kind-expiry",
  adjustment: "leavepolicy-kind-adjustment",
  taken: "leavepolicy-kind-taken",
  reversal: "leavepolicy-kind-reversal",
};

export function kindLabel(kind: string): string {
  const message = KINDS[kind];
  return message ? t(message) : kind.replace(/_/g, " ");
}

/** "+2", "−1": a signed number of days, with a real minus sign. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0";
}

export type LedgerRow<T> = T & { balance: number };

/**
 * The entries with the balance of their type after each, newest first as the ledger lists them: the
 * running sum of the type's entries in the order they were written (oldest first).
 */
export function withRunningBalance<T extends { id: string; attributes: Pick<LeaveLedgerEntryAttributes, "leave_type" | "days" | "created_at"> }>(
  entries: readonly T[],
): LedgerRow<T>[] {
  const oldestFirst = [...entries].sort((a, b) => a.attributes.created_at.localeCompare(b.attributes.created_at) || Number(a.id) - Number(b.id));
  const totals = new Map<string, number>();
  const rows = oldestFirst.map((entry) => {
    const balance = (totals.get(entry.attributes.leave_type) ?? 0) + entry.attributes.days;
    totals.set(entry.attributes.leave_type, balance);
    return { ...entry, balance };
  });
  return rows.reverse();
}

/** Each type's balance, the sum of its entries, by type code. */
export function balancesByType(entries: readonly { attributes: Pick<LeaveLedgerEntryAttributes, "leave_type" | "days"> }[]): { leaveType: string; days: number }[] {
  const totals = new Map<string, number>();
  for (const e of entries) totals.set(e.attributes.leave_type, (totals.get(e.attributes.leave_type) ?? 0) + e.attributes.days);
  return [...totals.entries()].map(([leaveType, n]) => ({ leaveType, days: n })).sort((a, b) => a.leaveType.localeCompare(b.leaveType));
}

/** The days of an adjustment as typed: a whole number, not zero, with its sign; null when it is not one. */
export function adjustmentDays(text: string): number | null {
  const typed = text.trim().replace("−", "-");
  if (!/^[+-]?\d+$/.test(typed)) return null;
  const n = Number(typed);
  return n === 0 ? null : n;
}

// ---- The jobs -----------------------------------------------------------------------------------------

function job(id: LeaveJob, label: string, period: "year" | "month", help: string): { id: LeaveJob; label: string; period: "year" | "month"; help: string } {
  return {
    id,
    period,
    get label() {
      return t(label);
    },
    get help() {
      return t(help);
    },
  };
}

export const JOBS: readonly { id: LeaveJob; label: string; period: "year" | "month"; help: string }[] = [
  job("yearly_grant", "leavepolicy-job-yearly-grant", "year", "leavepolicy-job-yearly-grant-help"),
  job("monthly_accrual", "leavepolicy-job-monthly-accrual", "month", "leavepolicy-job-monthly-accrual-help"),
  job("year_end", "leavepolicy-job-year-end", "year", "leavepolicy-job-year-end-help"),
  job("carry_over_expiry", "leavepolicy-job-carry-over-expiry", "year", "leavepolicy-job-carry-over-expiry-help"),
];

export function jobOf(id: LeaveJob) {
  return JOBS.find((j) => j.id === id) ?? JOBS[0]!;
}

/** The period the server would run `job` for on `today` ("YYYY-MM-DD"): this year's grant, last month's accrual, last year's year-end. */
export function duePeriod(job: LeaveJob, today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (job === "monthly_accrual") return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`;
  if (job === "year_end") return String(year - 1);
  return String(year);
}

/** Whether `period` is what `job` takes: a year, or "YYYY-MM" for the monthly accrual. */
export function periodFits(job: LeaveJob, period: string): boolean {
  return jobOf(job).period === "month" ? /^\d{4}-(0[1-9]|1[0-2])$/.test(period.trim()) : /^\d{4}$/.test(period.trim());
}

/** A job's entries per person, by name, each person's entries by type. */
export function byPerson(entries: readonly LeaveJobEntry[]): { employeeId: string; name: string; entries: LeaveJobEntry[] }[] {
  const people = new Map<string, { employeeId: string; name: string; entries: LeaveJobEntry[] }>();
  for (const e of entries) {
    const person = people.get(e.employee_id) ?? { employeeId: e.employee_id, name: e.employee_name, entries: [] };
    person.entries.push(e);
    people.set(e.employee_id, person);
  }
  return [...people.values()]
    .map((p) => ({ ...p, entries: [...p.entries].sort((a, b) => a.leave_type.localeCompare(b.leave_type)) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** "Would write 12 entries (+30 days)", "Wrote 0 entries: everything was done already". */
export function outcomeText(outcome: { applied: boolean; entry_count: number; entries: readonly { days: number }[] }): string {
  const total = outcome.entries.reduce((sum, e) => sum + e.days, 0);
  if (!outcome.entry_count) return outcome.applied ? t("leavepolicy-outcome-wrote-none") : t("leavepolicy-outcome-nothing");
  const args = { count: outcome.entry_count, days: signed(total), total };
  return outcome.applied ? t("leavepolicy-outcome-wrote", args) : t("leavepolicy-outcome-preview", args);
}
