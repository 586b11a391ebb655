// What the app tells the user about writes, errors and the connection.

import type { AppError } from "./bindings";

export type Tone = "success" | "info" | "warning" | "error";

export interface OutcomeLike {
  state: string;
  message?: string | null;
  warning?: string | null;
}

export interface Notice {
  tone: Tone;
  title: string;
  detail?: string;
}

export const QUEUED_TEXT = "Saved on this device — will sync when online";

/**
 * The user-facing result of a write. `done` names what happened ("Checked in at 09:02", "Leave requested");
 * a queued write says it will sync; a refusal gives the server's reason.
 */
export function describeOutcome(outcome: OutcomeLike, done: string): Notice {
  switch (outcome.state) {
    case "synced":
      return { tone: "success", title: `${done} — Saved` };
    case "queued":
      return {
        tone: "info",
        title: `${done} — ${QUEUED_TEXT}`,
        detail: outcome.message ? `Not sent yet: ${outcome.message}` : undefined,
      };
    case "rejected":
      return {
        tone: "error",
        title: `Not accepted: ${outcome.message || "the server refused this change."}`,
      };
    case "withdrawn":
      return { tone: "success", title: "Taken back — it had not been sent yet, so it never reached the server" };
    default:
      return { tone: "info", title: `${done} (${outcome.state})` };
  }
}

/** A command's error as a sentence for the user. */
export function errorText(error: AppError | { kind?: string; message?: string } | null | undefined): string {
  if (!error) return "Something went wrong.";
  const message = (error.message ?? "").trim();
  switch (error.kind) {
    case "not_signed_in":
      return message || "You are not signed in.";
    case "unreachable":
      return message ? `Can't reach the server: ${message}` : "Can't reach the server. Check your connection.";
    case "unsynced_work":
      return message || "Some changes have not been synced yet.";
    default:
      return message || "Something went wrong.";
  }
}

/**
 * A refusal's validation errors, the first message of each field, for a form to show beside its fields;
 * empty for any other error. `fields` maps the server's field names to the form's (`branch_id` → `branch`).
 */
export function fieldErrors(
  error: AppError | { kind?: string; errors?: Record<string, string[] | undefined> } | null | undefined,
  fields: Record<string, string> = {},
): Record<string, string> {
  if (!error || error.kind !== "rejected" || !("errors" in error) || !error.errors) return {};
  const shown: Record<string, string> = {};
  for (const [field, messages] of Object.entries(error.errors)) {
    const first = messages?.find((m) => m.trim());
    const name = fields[field] ?? field;
    if (first && !(name in shown)) shown[name] = first;
  }
  return shown;
}

export interface ConnectionState {
  last_error?: string | null;
  needs_login?: boolean;
  signed_out_reason?: string | null;
}

/** Whether the offline banner shows: the last contact with the server failed, or the session ended. */
export function isOffline(status: ConnectionState | null | undefined, needsLoginEvent = false): boolean {
  if (needsLoginEvent) return true;
  if (!status) return false;
  return Boolean(status.needs_login) || Boolean(status.last_error && status.last_error.trim());
}

/** The offline banner's words. */
export function offlineMessage(status: ConnectionState | null | undefined, pending: number, needsLoginEvent = false): Notice {
  const changes = pending === 1 ? "1 change" : `${pending} changes`;
  if (needsLoginEvent || status?.needs_login) {
    const reason = status?.signed_out_reason?.trim();
    return {
      tone: "warning",
      title: reason ? `${reason.replace(/\.$/, "")} — sign in again to sync.` : "Your session has ended — sign in again to sync.",
      detail: pending > 0 ? `${changes} will be sent once you sign in. Nothing is lost.` : "What you saw is still shown from this device.",
    };
  }
  return {
    tone: "warning",
    title: "You're offline — working from this device.",
    detail:
      pending > 0
        ? `${changes} saved here will sync when the connection is back.`
        : "Changes you make are saved here and sync when the connection is back.",
  };
}

/** The sync indicator's label, for its tooltip and screen readers; refusals not yet dismissed come first. */
export function syncLabel(pending: number, offline: boolean, refused = 0): string {
  const waiting =
    pending > 0
      ? `${pending} ${pending === 1 ? "change" : "changes"} waiting to sync${offline ? " (offline)" : ""}`
      : offline
        ? "Offline — nothing waiting to sync"
        : "Everything is synced";
  if (refused === 0) return waiting;
  const refusals = `${refused} ${refused === 1 ? "change was" : "changes were"} refused by the server`;
  return pending > 0 || offline ? `${refusals}; ${waiting}` : refusals;
}

/** The write behind a refusal, as far as its screen and title need it. */
export interface RefusedLike {
  operation: { kind: string; start_date?: string; end_date?: string; approve?: boolean; date?: string };
  recorded_at: string | null;
}

/** Which screen a refused write belongs to: the refusal is shown there, where the user would look. */
export function refusalScreen(write: RefusedLike): "today" | "attendance" | "leave" | "approvals" | "notifications" {
  switch (write.operation.kind) {
    case "check_in":
    case "check_out":
      return "today";
    case "request_correction":
      return "attendance";
    case "submit_leave":
    case "cancel_leave":
      return "leave";
    case "act_on_leave":
    case "decide_correction":
      return "approvals";
    default:
      return "notifications";
  }
}

/**
 * A refusal's headline, naming the thing refused as the user knows it. `time` and `range` format the
 * recorded time and the request's dates (passed in so this stays free of locale formatting).
 */
export function refusalTitle(
  write: RefusedLike,
  time: (iso: string) => string,
  range: (start: string, end: string) => string,
): string {
  const at = write.recorded_at ? ` at ${time(write.recorded_at)}` : "";
  const op = write.operation;
  switch (op.kind) {
    case "check_in":
      return `Your check-in${at} was not accepted`;
    case "check_out":
      return `Your check-out${at} was not accepted`;
    case "submit_leave":
      return op.start_date && op.end_date
        ? `Your leave request for ${range(op.start_date, op.end_date)} was not accepted`
        : "Your leave request was not accepted";
    case "cancel_leave":
      return "Cancelling your leave was not accepted";
    case "act_on_leave":
      return `Your ${op.approve ? "approval" : "rejection"} was not accepted`;
    case "request_correction":
      return op.date ? `Your correction for ${range(op.date, op.date)} was not accepted` : "Your correction was not accepted";
    case "decide_correction":
      return `Your ${op.approve ? "approval" : "rejection"} of a punch correction was not accepted`;
    default:
      return "A change was not accepted";
  }
}
