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
import { plural } from "./format";

/** Shown on every disabled change button while offline: a policy applies from the moment the server has it. */
export const POLICY_OFFLINE_TEXT = "Leave policy changes need a connection";

export type PolicyTab = "types" | "ledger" | "jobs";

export const POLICY_TABS: readonly { id: PolicyTab; label: string }[] = [
  { id: "types", label: "Leave types" },
  { id: "ledger", label: "Balances & ledger" },
  { id: "jobs", label: "Grants & year-end" },
];

export function policyTab(param: string | null): PolicyTab {
  return POLICY_TABS.find((tab) => tab.id === param)?.id ?? "types";
}

const days = (n: number) => plural(n, "day");

// ---- A type's rules in words --------------------------------------------------------------------------

export const CHAINS: readonly { id: ApprovalChain; label: string }[] = [
  { id: "none", label: "No approval: approved as soon as it is asked" },
  { id: "manager", label: "The manager" },
  { id: "manager_hr", label: "The manager, then HR" },
];

/** "Paid", "Unpaid", "Partly paid: 50 % of pay". */
export function payText(fraction: number | null): string {
  // A fraction the wire could not carry (null) is the server's default: paid.
  if (fraction === null || fraction >= 1) return "Paid";
  if (fraction <= 0) return "Unpaid";
  return `Partly paid: ${Math.round(fraction * 100)} % of pay`;
}

export function allowanceText(t: Pick<LeaveTypeAttributes, "days_per_year" | "accrual" | "prorated">): string {
  if (t.days_per_year === 0) return "No yearly allowance";
  if (t.accrual === "monthly") return `${days(t.days_per_year)} a year, earned a twelfth at the end of each month worked`;
  return `${days(t.days_per_year)} a year, all on 1 January${t.prorated ? "; people who join mid-year get the share left" : ""}`;
}

export function carryOverText(t: Pick<LeaveTypeAttributes, "carry_over_cap" | "carry_over_expiry_months">): string {
  if (t.carry_over_cap === 0) return "Unused days lapse at the year's end";
  const expiry = t.carry_over_expiry_months ? `, and lapse if not taken within ${plural(t.carry_over_expiry_months, "month")}` : "";
  return `Up to ${days(t.carry_over_cap)} unused carry into the next year${expiry}`;
}

export function approvalText(t: Pick<LeaveTypeAttributes, "approval_chain" | "extra_hr_step_above_days">): string {
  const base = { none: "No approval needed", manager: "Approved by the manager", manager_hr: "Approved by the manager, then HR" }[t.approval_chain];
  const extra = t.extra_hr_step_above_days != null && t.approval_chain !== "manager_hr" ? `; HR too above ${days(t.extra_hr_step_above_days)}` : "";
  return base + extra;
}

/** Every rule of a type, one line each, as the list shows it. */
export function policyLines(t: LeaveTypeAttributes): string[] {
  const lines = [payText(t.paid_fraction), allowanceText(t), carryOverText(t), approvalText(t)];
  lines.push(t.counts_non_working_days ? "Weekends and public holidays inside a request count" : "Only working days count");
  lines.push(t.half_days === false ? "Taken in whole days" : "May start or end at midday");
  if (t.min_notice_days > 0) lines.push(`Asked at least ${days(t.min_notice_days)} ahead`);
  if (t.negative_allowance > 0) lines.push(`The balance may go ${days(t.negative_allowance)} below zero`);
  if (t.attachment_required) lines.push("A document is required");
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

export function leaveTypeFormOf(t: LeaveTypeAttributes): LeaveTypeForm {
  const fraction = t.paid_fraction ?? 1;
  return {
    code: t.code,
    name: t.name,
    pay: fraction >= 1 ? "paid" : fraction <= 0 ? "unpaid" : "partly",
    paidPercent: fraction > 0 && fraction < 1 ? String(Math.round(fraction * 100)) : "50",
    daysPerYear: String(t.days_per_year),
    accrual: t.accrual,
    prorated: t.prorated,
    countsNonWorkingDays: t.counts_non_working_days,
    halfDays: t.half_days ?? true,
    attachmentRequired: t.attachment_required,
    minNoticeDays: String(t.min_notice_days),
    carryOverCap: String(t.carry_over_cap),
    carryOverExpiryMonths: t.carry_over_expiry_months == null ? "" : String(t.carry_over_expiry_months),
    negativeAllowance: String(t.negative_allowance),
    approvalChain: t.approval_chain,
    extraHrStepAboveDays: t.extra_hr_step_above_days == null ? "" : String(t.extra_hr_step_above_days),
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

/** The whole policy the form describes, each number checked; what a number field holds that is not one is said in the server's words. */
function policyOf(form: LeaveTypeForm): Outcome & { full: Required<Omit<LeaveTypeChanges, "retired">> } {
  const errors: Record<string, string> = {};
  const whole = (field: string, text: string): number => {
    const t = text.trim();
    if (/^\d+$/.test(t)) return Number(t);
    errors[field] = `The ${field.replace(/_/g, " ")} field must be an integer.`;
    return 0;
  };
  const optional = (field: string, text: string): number | null => (text.trim() === "" ? null : whole(field, text));
  let fraction = form.pay === "paid" ? 1 : 0;
  if (form.pay === "partly") {
    const percent = Number(form.paidPercent.trim());
    if (form.paidPercent.trim() === "" || !Number.isFinite(percent) || percent <= 0 || percent >= 100) {
      errors.paid_fraction = "A partly paid type pays between 1 and 99 % of pay.";
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

const KINDS: Record<string, string> = {
  grant: "Yearly grant",
  accrual: "Monthly accrual",
  carry_over: "Carried over",
  expiry: "Lapsed",
  adjustment: "HR adjustment",
  taken: "Leave taken",
  reversal: "Leave cancelled, given back",
};

export function kindLabel(kind: string): string {
  return KINDS[kind] ?? kind.replace(/_/g, " ");
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
  const t = text.trim().replace("−", "-");
  if (!/^[+-]?\d+$/.test(t)) return null;
  const n = Number(t);
  return n === 0 ? null : n;
}

// ---- The jobs -----------------------------------------------------------------------------------------

export const JOBS: readonly { id: LeaveJob; label: string; period: "year" | "month"; help: string }[] = [
  { id: "yearly_grant", label: "Yearly grant", period: "year", help: "Grants the year's allowance of every type given upfront, prorated for joiners." },
  { id: "monthly_accrual", label: "Monthly accrual", period: "month", help: "Adds a month's share of every type earned monthly, for the people who worked that month." },
  { id: "year_end", label: "Year-end", period: "year", help: "For the year ending: unused days carry into the next year up to each type's cap; the rest lapse." },
  { id: "carry_over_expiry", label: "Carry-over expiry", period: "year", help: "For the year days were carried into: carried days not taken by the type's expiry lapse." },
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
  const what = `${plural(outcome.entry_count, "entry", "entries")}${outcome.entry_count ? ` (${signed(total)} days)` : ""}`;
  if (outcome.applied) return outcome.entry_count ? `Wrote ${what}.` : "Wrote 0 entries: everything was done already.";
  return outcome.entry_count ? `Would write ${what}. Nothing is written until you run it.` : "Nothing to write: everything is done already.";
}
