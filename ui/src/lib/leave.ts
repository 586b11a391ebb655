// Leave requests and their approval chains.

import { formatDayRange } from "./format";
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

export const STATUS_LABELS: Record<string, string> = {
  pending: "Pending",
  approved: "Approved",
  rejected: "Rejected",
  cancelled: "Cancelled",
  waiting: "Waiting",
  skipped: "Skipped",
};

export function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status.charAt(0).toUpperCase() + status.slice(1);
}

export function roleLabel(role: string): string {
  return role === "hr" ? "HR" : role === "manager" ? "Manager" : role.charAt(0).toUpperCase() + role.slice(1);
}

/** "Manager · Maria Schmidt", "HR". */
export function stepTitle(step: StepLike): string {
  return step.approver_name ? `${roleLabel(step.role)} · ${step.approver_name}` : roleLabel(step.role);
}

/** What a step's state means in words. */
export function stepSummary(step: StepLike): string {
  switch (step.status) {
    case "approved":
      return step.acted_by_name ? `Approved by ${step.acted_by_name}` : "Approved";
    case "rejected":
      return step.acted_by_name ? `Rejected by ${step.acted_by_name}` : "Rejected";
    case "pending":
      return "Awaiting decision";
    case "waiting":
      return "Waiting for the previous step";
    case "skipped":
      return "Not needed";
    default:
      return statusLabel(step.status);
  }
}

export const LEAVE_TYPE_NAMES: Record<string, string> = { annual: "Annual leave", sick: "Sick leave" };

export function leaveTypeName(code: string, known?: { leave_type: string; leave_type_name: string }[]): string {
  return known?.find((b) => b.leave_type === code)?.leave_type_name ?? LEAVE_TYPE_NAMES[code] ?? code;
}

// What an approver weighs a request against. The server adds `balance` and `overlapping` to the pending
// requests it lists for approvers (an extension of seed 000), and the app shows them from its cache.

export interface BalanceLike {
  year: number;
  entitled: number;
  remaining: number;
}

/**
 * "16 of 25 annual days left after this": the requester's remaining balance with this request counted
 * (the server counts pending requests against it). The year is named when it is not the current one.
 */
export function balanceAfter(balance: BalanceLike, leaveTypeName: string, currentYear = new Date().getFullYear()): string {
  const kind = leaveTypeName.replace(/\s*leave$/i, "").toLowerCase() || leaveTypeName.toLowerCase();
  const days = balance.entitled === 1 ? "day" : "days";
  const year = balance.year === currentYear ? "" : ` of ${balance.year}`;
  if (balance.remaining < 0) {
    const over = -balance.remaining;
    return `${over} ${kind} ${over === 1 ? "day" : "days"} more than the ${balance.entitled}${year} allowed`;
  }
  return `${balance.remaining} of ${balance.entitled} ${kind} ${days}${year} left after this`;
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
  const people = [...grouped].map(([employeeId, p]) => ({ employeeId, name: p.name, when: p.ranges.join(", "), pending: p.pending }));
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
  if (request.status === "cancelled") return `Cancelled by ${request.employee_name} since`;
  if (request.status === "pending") {
    const step = currentStep(request.approval_steps);
    return step ? `Now with ${stepTitle(step)}` : null;
  }
  const verb = request.status === "approved" ? "approved" : request.status === "rejected" ? "rejected" : null;
  if (!verb) return statusLabel(request.status);
  const decided = [...request.approval_steps].sort((a, b) => b.sequence - a.sequence).find((s) => s.status === request.status);
  if (decided?.acted_by_id === me.id) return `You ${verb} it`;
  return decided?.acted_by_name ? `Already ${verb} by ${decided.acted_by_name}` : `Already ${verb}`;
}

// ---- Half days ----------------------------------------------------------------------------------------

/** How a leave's first and last days are taken, as the request form offers them. */
export const START_HALVES: readonly { value: "morning" | "afternoon"; label: string }[] = [
  { value: "morning", label: "The whole day" },
  { value: "afternoon", label: "From midday (afternoon only)" },
];
export const END_HALVES: readonly { value: "morning" | "afternoon"; label: string }[] = [
  { value: "afternoon", label: "The whole day" },
  { value: "morning", label: "Until midday (morning only)" },
];

/**
 * What a leave's halves add to its dates, as a reader says it: "afternoon only", "morning only", "from
 * midday on the first day, until midday on the last"; empty for whole days.
 */
export function halvesText(leave: { start_date: string; end_date: string; start_half: string; end_half: string }): string {
  const fromMidday = leave.start_half === "afternoon";
  const untilMidday = leave.end_half === "morning";
  if (leave.start_date === leave.end_date) {
    if (fromMidday) return "afternoon only";
    return untilMidday ? "morning only" : "";
  }
  if (fromMidday && untilMidday) return "from midday on the first day, until midday on the last";
  if (fromMidday) return "from midday on the first day";
  return untilMidday ? "until midday on the last day" : "";
}
