// Leave requests and their approval chains.

import { FluentNumber } from "@fluent/bundle";
import { formatDayRange } from "./format";
import { language, t } from "./i18n.svelte";
import type { Role } from "./nav";

export interface StepLike {
  sequence: number;
  role: string;
  status: string;
  approver_id?: string | null;
  approver_name?: string | null;
  acted_by_name?: string | null;
  acted_at?: string | null;
  notes?: string | null;
}

export interface RequestLike {
  status: string;
  approval_steps: StepLike[];
}

/** The step awaiting a decision now, if any. */
export function currentStep<S extends StepLike>(steps: readonly S[]): S | undefined {
  return [...steps].sort((a, b) => a.sequence - b.sequence).find((s) => s.status === "pending");
}

/**
 * Whether `me` may decide the request now, by the server's rule: a manager step belongs to its named
 * approver; an HR step to any HR user except the requester.
 */
export function canAct(request: RequestLike, requesterId: string | null | undefined, me: { id: string; role: Role }): boolean {
  if (request.status !== "pending") return false;
  const step = currentStep(request.approval_steps);
  if (!step) return false;
  if (step.role === "manager") return step.approver_id != null && step.approver_id === me.id;
  return me.role === "hr" && requesterId !== me.id;
}

/** The requester's id from a JSON:API resource's `employee` relationship. */
export function requesterOf(resource: { relationships?: { [key: string]: { data: unknown } } }): string | null {
  const data = resource.relationships?.employee?.data as { id?: string } | null | undefined;
  return data && typeof data === "object" && "id" in data ? (data.id ?? null) : null;
}

/** The message of each status the server sends; an unknown one is shown as it came, capitalised. */
const STATUS_MESSAGES: Record<string, string> = {
  pending: "leave-status-pending",
  approved: "leave-status-approved",
  rejected: "leave-status-rejected",
  cancelled: "leave-status-cancelled",
  waiting: "leave-status-waiting",
  skipped: "leave-status-skipped",
};

export function statusLabel(status: string): string {
  const message = STATUS_MESSAGES[status];
  return message ? t(message) : status.charAt(0).toUpperCase() + status.slice(1);
}

const ROLE_MESSAGES: Record<string, string> = {
  hr: "leave-role-hr",
  manager: "leave-role-manager",
  employee: "leave-role-employee",
};

export function roleLabel(role: string): string {
  const message = ROLE_MESSAGES[role];
  return message ? t(message) : role.charAt(0).toUpperCase() + role.slice(1);
}

/** "Manager · Maria Schmidt", "HR". */
export function stepTitle(step: StepLike): string {
  return step.approver_name ? t("leave-step-title", { role: roleLabel(step.role), name: step.approver_name }) : roleLabel(step.role);
}

/** What a step's state means in words. */
export function stepSummary(step: StepLike): string {
  switch (step.status) {
    case "approved":
      return step.acted_by_name ? t("leave-step-approved-by", { name: step.acted_by_name }) : t("leave-status-approved");
    case "rejected":
      return step.acted_by_name ? t("leave-step-rejected-by", { name: step.acted_by_name }) : t("leave-status-rejected");
    case "pending":
      return t("leave-step-pending");
    case "waiting":
      return t("leave-step-waiting");
    case "skipped":
      return t("leave-step-skipped");
    default:
      return statusLabel(step.status);
  }
}

/** Names for the two types every company has, while the server's own names are not on the device yet. */
const LEAVE_TYPE_MESSAGES: Record<string, string> = { annual: "leave-type-annual", sick: "leave-type-sick" };

export function leaveTypeName(code: string, known?: { leave_type: string; leave_type_name: string }[]): string {
  const message = LEAVE_TYPE_MESSAGES[code];
  return known?.find((b) => b.leave_type === code)?.leave_type_name ?? (message ? t(message) : code);
}

// What an approver weighs a request against. The server adds `balance` and `overlapping` to the pending
// requests it lists for approvers (an extension of seed 000), and the app shows them from its cache.

export interface BalanceLike {
  year: number;
  entitled: number;
  remaining: number;
}

/** A year as a Fluent number, written the language's way but never grouped ("2027", not "2,027"). */
export function yearNumber(year: number): FluentNumber {
  return new FluentNumber(year, { useGrouping: false });
}

/**
 * "16 of 25 annual days left after this": the requester's remaining balance with this request counted
 * (the server counts pending requests against it). The year is named when it is not the current one.
 * The messages get the type's name as the server gives it (`type`) and, for English, the word before
 * "days" made from it (`kind`: "Annual Leave" → "annual").
 */
export function balanceAfter(balance: BalanceLike, leaveTypeName: string, currentYear = new Date().getFullYear()): string {
  const kind = leaveTypeName.replace(/\s*leave$/i, "").toLowerCase() || leaveTypeName.toLowerCase();
  const args = { type: leaveTypeName, kind, entitled: balance.entitled, year: yearNumber(balance.year) };
  const otherYear = balance.year !== currentYear;
  if (balance.remaining < 0) {
    const over = { ...args, over: -balance.remaining };
    return otherYear ? t("leave-balance-over-year", over) : t("leave-balance-over", over);
  }
  const left = { ...args, remaining: balance.remaining };
  return otherYear ? t("leave-balance-left-year", left) : t("leave-balance-left", left);
}

export interface OverlapLike {
  employee_id: string;
  employee_name: string;
  start_date: string;
  end_date: string;
  status: string;
}

export interface PersonOff {
  employeeId: string;
  name: string;
  /** "4–6 Mar 2027", or several such ranges joined by commas. */
  when: string;
  /** None of their overlapping leave is approved yet. */
  pending: boolean;
}

/**
 * Who else is off during a request, one line a person however many of their requests overlap, in the
 * server's order (earliest first), and how many more the server counted than it listed. Null when the
 * device has no such list (a cache from an older server).
 */
export function peopleOff(
  overlapping: readonly OverlapLike[] | null | undefined,
  total?: number | null,
): { people: PersonOff[]; more: number } | null {
  if (!overlapping) return null;
  const grouped = new Map<string, { name: string; ranges: string[]; pending: boolean }>();
  for (const o of overlapping) {
    const person = grouped.get(o.employee_id) ?? { name: o.employee_name, ranges: [], pending: true };
    person.ranges.push(formatDayRange(o.start_date, o.end_date));
    person.pending &&= o.status === "pending";
    grouped.set(o.employee_id, person);
  }
  // A list the language's way: "4–9 Mar 2027, 12 Mar 2027" in English.
  const list = new Intl.ListFormat(language(), { type: "unit", style: "short" });
  const people = [...grouped].map(([employeeId, p]) => ({ employeeId, name: p.name, when: list.format(p.ranges), pending: p.pending }));
  return { people, more: Math.max(0, (total ?? 0) - people.length) };
}

/** The leave request a notification is about, from its `data` (`{ leave_request_id }`). */
export function noticeRequestId(data: unknown): string | null {
  const id = data && typeof data === "object" ? (data as { leave_request_id?: unknown }).leave_request_id : undefined;
  return typeof id === "string" || typeof id === "number" ? String(id) : null;
}

export interface NoticeRequest extends RequestLike {
  employee_name: string;
  approval_steps: (StepLike & { acted_by_id?: string | null })[];
}

/**
 * What has become of a request a "please decide" notification is about, when it no longer waits for
 * `me`: "Cancelled by Emma Fischer since", "Already approved by Hanna Richter", "Now with HR". Null while
 * it still waits for `me`, or when the device does not know the request (so the notification keeps its
 * link to the approvals).
 */
export function sinceNotice(
  request: NoticeRequest | undefined,
  requesterId: string | null | undefined,
  me: { id: string; role: Role },
): string | null {
  if (!request || canAct(request, requesterId, me)) return null;
  if (request.status === "cancelled") return t("leave-since-cancelled", { name: request.employee_name });
  if (request.status === "pending") {
    const step = currentStep(request.approval_steps);
    return step ? t("leave-since-now-with", { step: stepTitle(step) }) : null;
  }
  const approved = request.status === "approved";
  if (!approved && request.status !== "rejected") return statusLabel(request.status);
  const decided = [...request.approval_steps].sort((a, b) => b.sequence - a.sequence).find((s) => s.status === request.status);
  if (decided?.acted_by_id === me.id) return approved ? t("leave-since-you-approved") : t("leave-since-you-rejected");
  const name = decided?.acted_by_name;
  if (approved) return name ? t("leave-since-approved-by", { name }) : t("leave-since-approved");
  return name ? t("leave-since-rejected-by", { name }) : t("leave-since-rejected");
}

// ---- Half days ----------------------------------------------------------------------------------------

export interface HalfChoice {
  value: "morning" | "afternoon";
  /** Read in the language on screen each time it is shown. */
  readonly label: string;
}

function half(value: HalfChoice["value"], message: string): HalfChoice {
  return {
    value,
    get label() {
      return t(message);
    },
  };
}

/** How a leave's first and last days are taken, as the request form offers them. */
export const START_HALVES: readonly HalfChoice[] = [half("morning", "leave-half-whole-day"), half("afternoon", "leave-half-from-midday")];
export const END_HALVES: readonly HalfChoice[] = [half("afternoon", "leave-half-whole-day"), half("morning", "leave-half-until-midday")];

/**
 * What a leave's halves add to its dates, as a reader says it: "afternoon only", "morning only", "from
 * midday on the first day, until midday on the last"; empty for whole days.
 */
export function halvesText(leave: { start_date: string; end_date: string; start_half: string; end_half: string }): string {
  const fromMidday = leave.start_half === "afternoon";
  const untilMidday = leave.end_half === "morning";
  if (leave.start_date === leave.end_date) {
    if (fromMidday) return t("leave-halves-afternoon-only");
    return untilMidday ? t("leave-halves-morning-only") : "";
  }
  if (fromMidday && untilMidday) return t("leave-halves-both");
  if (fromMidday) return t("leave-halves-from-midday");
  return untilMidday ? t("leave-halves-until-midday") : "";
}
