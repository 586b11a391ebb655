// HR's admin area: what each account status looks like, which lifecycle buttons to offer and in what
// order, and which of them ask first. The server decides what is allowed (each person's `actions`);
// this only presents it.

import type { AdminAction, AdminUser_Serialize, EmployeeAttributes_Serialize, LifecycleOutcome_Serialize, Resource_Serialize, UserStatus } from "./bindings";
import { matchesEveryWord } from "./collate";

/** Shown on every disabled write button, and wherever a change was refused for want of a connection. */
export const OFFLINE_WRITE_TEXT = "Admin changes need a connection";

export type AdminTab = "people" | "org-units" | "bank" | "groups" | "organization" | "origins";

export const ADMIN_TABS: readonly { id: AdminTab; label: string }[] = [
  { id: "people", label: "People" },
  { id: "org-units", label: "Departments & branches" },
  { id: "bank", label: "Bank details" },
  { id: "groups", label: "Groups" },
  { id: "organization", label: "Organization" },
  { id: "origins", label: "Trusted origins" },
];

/** The tab a route parameter names; People when it names none. */
export function adminTab(param: string | null): AdminTab {
  return ADMIN_TABS.find((tab) => tab.id === param)?.id ?? "people";
}

const STATUS: Record<UserStatus, { label: string; tone: "success" | "warning" | "danger" | "info" | "" }> = {
  ACTIVE: { label: "Active", tone: "success" },
  STAGED: { label: "Staged", tone: "" },
  PROVISIONED: { label: "Provisioned", tone: "info" },
  RECOVERY: { label: "Password reset", tone: "info" },
  PASSWORD_EXPIRED: { label: "Password expired", tone: "warning" },
  LOCKED_OUT: { label: "Locked out", tone: "warning" },
  SUSPENDED: { label: "Suspended", tone: "warning" },
  DEPROVISIONED: { label: "Deactivated", tone: "danger" },
};

export function statusLabel(status: UserStatus): string {
  return STATUS[status]?.label ?? status;
}

/** The badge class of a status. */
export function statusTone(status: UserStatus): string {
  return STATUS[status]?.tone ?? "";
}

/** Buttons in the order HR reaches for them; deactivation, the one that cannot be undone here, last. */
const ORDER: readonly AdminAction[] = ["activate", "reactivate", "unsuspend", "unlock", "reset_password", "suspend", "deactivate"];

const LABELS: Record<AdminAction, string> = {
  activate: "Activate",
  reactivate: "New activation link",
  unsuspend: "Unsuspend",
  unlock: "Unlock",
  reset_password: "Reset password",
  suspend: "Suspend",
  deactivate: "Deactivate",
};

export function actionLabel(action: AdminAction): string {
  return LABELS[action];
}

/**
 * The actions the server allows for this person, in button order. HR never sees Suspend or Deactivate
 * on their own account: the server refuses both, and locking oneself out is never the intent.
 */
export function offeredActions(actions: readonly AdminAction[], isSelf = false): AdminAction[] {
  return ORDER.filter((action) => actions.includes(action) && !(isSelf && (action === "suspend" || action === "deactivate")));
}

/** Suspending and deactivating sign the person out at once; a reset stops their password working. */
export function isDestructive(action: AdminAction): boolean {
  return action === "suspend" || action === "deactivate" || action === "reset_password";
}

export function fullName(user: Pick<AdminUser_Serialize, "first_name" | "last_name">): string {
  return `${user.first_name} ${user.last_name}`.trim();
}

/** The question a destructive action asks before it runs. */
export function confirmQuestion(action: AdminAction, user: AdminUser_Serialize): string {
  const name = fullName(user);
  switch (action) {
    case "suspend":
      return `Suspend ${name}? They are signed out on every device until unsuspended.`;
    case "deactivate":
      return `Deactivate ${name}? They are signed out everywhere and can no longer sign in.`;
    case "reset_password":
      return `Reset ${name}'s password? Their current password stops working until they set a new one.`;
    default:
      return `${actionLabel(action)} ${name}?`;
  }
}

/** What a finished lifecycle change says, with the one-time link when there is one to hand over. */
export function outcomeText(action: AdminAction, user: AdminUser_Serialize, outcome: LifecycleOutcome_Serialize): string {
  const now = outcome.user ? ` — status now ${statusLabel(outcome.user.status)}` : "";
  const link = outcome.link ? ". Hand over this one-time link (valid 7 days)" : "";
  return `${actionLabel(action)}: ${fullName(user)}${now}${link}`;
}

/** Whether every word of a search box's text is in a person's name, login, email, department or title. */
export function matchesPerson(user: AdminUser_Serialize, query: string): boolean {
  return matchesEveryWord(query, [fullName(user), user.login, user.email, user.department, user.title]);
}

/**
 * The status filter's choices beyond All. Staged and provisioned people are one choice: both are
 * accounts that have never been used, waiting for HR to activate them or for the person to set a password.
 */
const STATUS_FILTERS: readonly { id: string; label: string; statuses: readonly UserStatus[] }[] = [
  { id: "active", label: statusLabel("ACTIVE"), statuses: ["ACTIVE"] },
  { id: "not-yet-active", label: "Staged or provisioned", statuses: ["STAGED", "PROVISIONED"] },
  { id: "suspended", label: statusLabel("SUSPENDED"), statuses: ["SUSPENDED"] },
  { id: "locked-out", label: statusLabel("LOCKED_OUT"), statuses: ["LOCKED_OUT"] },
  { id: "password-expired", label: statusLabel("PASSWORD_EXPIRED"), statuses: ["PASSWORD_EXPIRED"] },
  { id: "password-reset", label: statusLabel("RECOVERY"), statuses: ["RECOVERY"] },
  { id: "deactivated", label: statusLabel("DEPROVISIONED"), statuses: ["DEPROVISIONED"] },
];

export const ALL_STATUSES = "all";

export interface StatusChoice {
  id: string;
  label: string;
  count: number;
}

/**
 * What the status filter offers: All, then each status someone in `people` has, with how many have it.
 * The chosen one stays offered when nobody has it any more (the last suspended person was unsuspended),
 * so the filter does not jump to another status under the user.
 */
export function statusChoices(people: readonly Pick<AdminUser_Serialize, "status">[], chosen: string): StatusChoice[] {
  const counted = STATUS_FILTERS.map(({ id, label, statuses }) => ({ id, label, count: people.filter((p) => statuses.includes(p.status)).length }));
  return [{ id: ALL_STATUSES, label: "All statuses", count: people.length }, ...counted.filter((c) => c.count > 0 || c.id === chosen)];
}

/** Whether a person's status is among those the filter's choice `chosen` stands for. */
export function hasChosenStatus(user: Pick<AdminUser_Serialize, "status">, chosen: string): boolean {
  return chosen === ALL_STATUSES || (STATUS_FILTERS.find((f) => f.id === chosen)?.statuses.includes(user.status) ?? true);
}

/**
 * The HR record of a sign-in account, found by email among the directory's people (the Users API and the
 * HR API number people differently); null when this device has not read them yet.
 */
export function recordOf<T extends Pick<Resource_Serialize<EmployeeAttributes_Serialize>, "attributes">>(
  user: Pick<AdminUser_Serialize, "email" | "login">,
  records: readonly T[],
): T | null {
  const emails = [user.email, user.login].map((e) => e.trim().toLowerCase());
  return records.find((r) => emails.includes(r.attributes.email.trim().toLowerCase())) ?? null;
}

/** The id a directory record's relationship points at (its department, branch or manager), or "". */
export function relatedId(record: Pick<Resource_Serialize<unknown>, "relationships">, relation: string): string {
  const data = record.relationships?.[relation]?.data;
  return data && !Array.isArray(data) ? data.id : "";
}
