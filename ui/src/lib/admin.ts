// HR's admin area: what each account status looks like, which lifecycle buttons to offer and in what
// order, and which of them ask first. The server decides what is allowed (each person's `actions`);
// this only presents it.

import type { AdminAction, AdminUser_Serialize, EmployeeAttributes_Serialize, LifecycleOutcome_Serialize, Resource_Serialize, UserStatus } from "./bindings";
import { matchesEveryWord } from "./collate";
import { t } from "./i18n.svelte";

/** Shown on every disabled write button, and wherever a change was refused for want of a connection. */
export function offlineWriteText(): string {
  return t("admin-offline-write");
}

export type AdminTab = "people" | "org-units" | "bank" | "groups" | "organization" | "origins";

/** A tab's entry; its name is read in the language on screen each time it is shown. */
function tab(id: AdminTab, message: string): { id: AdminTab; label: string } {
  return {
    id,
    get label() {
      return t(message);
    },
  };
}

export const ADMIN_TABS: readonly { id: AdminTab; label: string }[] = [
  tab("people", "admin-tab-people"),
  tab("org-units", "admin-tab-org-units"),
  tab("bank", "admin-tab-bank"),
  tab("groups", "admin-tab-groups"),
  tab("organization", "admin-tab-organization"),
  tab("origins", "admin-tab-origins"),
];

/** The tab a route parameter names; People when it names none. */
export function adminTab(param: string | null): AdminTab {
  return ADMIN_TABS.find((tab) => tab.id === param)?.id ?? "people";
}

/** Each status's message id and badge tone. */
const STATUS: Record<UserStatus, { message: string; tone: "success" | "warning" | "danger" | "info" | "" }> = {
  ACTIVE: { message: "admin-status-active", tone: "success" },
  STAGED: { message: "admin-status-staged", tone: "" },
  PROVISIONED: { message: "admin-status-provisioned", tone: "info" },
  RECOVERY: { message: "admin-status-recovery", tone: "info" },
  PASSWORD_EXPIRED: { message: "admin-status-password-expired", tone: "warning" },
  LOCKED_OUT: { message: "admin-status-locked-out", tone: "warning" },
  SUSPENDED: { message: "admin-status-suspended", tone: "warning" },
  DEPROVISIONED: { message: "admin-status-deactivated", tone: "danger" },
};

export function statusLabel(status: UserStatus): string {
  const message = STATUS[status]?.message;
  return message ? t(message) : status;
}

/** The badge class of a status. */
export function statusTone(status: UserStatus): string {
  return STATUS[status]?.tone ?? "";
}

/** Buttons in the order HR reaches for them; deactivation, the one that cannot be undone here, last. */
const ORDER: readonly AdminAction[] = ["activate", "reactivate", "unsuspend", "unlock", "reset_password", "suspend", "deactivate"];

/** Each action's message id. */
const LABELS: Record<AdminAction, string> = {
  activate: "admin-action-activate",
  reactivate: "admin-action-reactivate",
  unsuspend: "admin-action-unsuspend",
  unlock: "admin-action-unlock",
  reset_password: "admin-action-reset-password",
  suspend: "admin-action-suspend",
  deactivate: "admin-action-deactivate",
};

export function actionLabel(action: AdminAction): string {
  return t(LABELS[action]);
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
      return t("admin-confirm-suspend", { name });
    case "deactivate":
      return t("admin-confirm-deactivate", { name });
    case "reset_password":
      return t("admin-confirm-reset-password", { name });
    default:
      return t("admin-confirm-action", { action: actionLabel(action), name });
  }
}

/** What a finished lifecycle change says, with the one-time link when there is one to hand over. */
export function outcomeText(action: AdminAction, user: AdminUser_Serialize, outcome: LifecycleOutcome_Serialize): string {
  const args = { action: actionLabel(action), name: fullName(user), status: outcome.user ? statusLabel(outcome.user.status) : "" };
  if (outcome.user && outcome.link) return t("admin-outcome-status-link", args);
  if (outcome.user) return t("admin-outcome-status", args);
  if (outcome.link) return t("admin-outcome-link", args);
  return t("admin-outcome", args);
}

/** Whether every word of a search box's text is in a person's name, login, email, department or title. */
export function matchesPerson(user: AdminUser_Serialize, query: string): boolean {
  return matchesEveryWord(query, [fullName(user), user.login, user.email, user.department, user.title]);
}

/**
 * The status filter's choices beyond All. Staged and provisioned people are one choice: both are
 * accounts that have never been used, waiting for HR to activate them or for the person to set a password.
 */
const STATUS_FILTERS: readonly { id: string; message: string; statuses: readonly UserStatus[] }[] = [
  { id: "active", message: STATUS.ACTIVE.message, statuses: ["ACTIVE"] },
  { id: "not-yet-active", message: "admin-status-not-yet-active", statuses: ["STAGED", "PROVISIONED"] },
  { id: "suspended", message: STATUS.SUSPENDED.message, statuses: ["SUSPENDED"] },
  { id: "locked-out", message: STATUS.LOCKED_OUT.message, statuses: ["LOCKED_OUT"] },
  { id: "password-expired", message: STATUS.PASSWORD_EXPIRED.message, statuses: ["PASSWORD_EXPIRED"] },
  { id: "password-reset", message: STATUS.RECOVERY.message, statuses: ["RECOVERY"] },
  { id: "deactivated", message: STATUS.DEPROVISIONED.message, statuses: ["DEPROVISIONED"] },
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
  const counted = STATUS_FILTERS.map(({ id, message, statuses }) => ({ id, label: t(message), count: people.filter((p) => statuses.includes(p.status)).length }));
  return [{ id: ALL_STATUSES, label: t("admin-status-all"), count: people.length }, ...counted.filter((c) => c.count > 0 || c.id === chosen)];
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
