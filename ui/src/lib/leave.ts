// Leave requests and their approval chains.

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
