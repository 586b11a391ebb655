// HR's admin area: what each account status looks like, which lifecycle buttons to offer and in what
// order, and which of them ask first. The server decides what is allowed (each person's `actions`);
// this only presents it.

import type { AdminAction, AdminUser_Serialize, LifecycleOutcome_Serialize, UserStatus } from "./bindings";

/** Shown on every disabled write button, and wherever a change was refused for want of a connection. */
export const OFFLINE_WRITE_TEXT = "Admin changes need a connection";

export type AdminTab = "people" | "groups" | "organization" | "origins";

export const ADMIN_TABS: readonly { id: AdminTab; label: string }[] = [
  { id: "people", label: "People" },
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
const ORDER: readonly AdminAction[] = ["activate", "unsuspend", "unlock", "reset_password", "suspend", "deactivate"];

const LABELS: Record<AdminAction, string> = {
  activate: "Activate",
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

/** Whether a search box's text matches a person (name, login, email or department, any case). */
export function matchesPerson(user: AdminUser_Serialize, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [fullName(user), user.login, user.email, user.department ?? ""].some((field) => field.toLowerCase().includes(q));
}
