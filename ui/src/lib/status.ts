// What the app tells the user about writes, errors and the connection.

import type { AppError } from "./bindings";
import { t } from "./i18n.svelte";

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

/**
 * The user-facing result of a write. `done` names what happened ("Checked in at 09:02", "Leave requested");
 * a queued write says it will sync; a refusal gives the server's reason.
 */
export function describeOutcome(outcome: OutcomeLike, done: string): Notice {
  switch (outcome.state) {
    case "synced":
      return { tone: "success", title: t("status-outcome-saved", { done }) };
    case "queued":
      return {
        tone: "info",
        title: t("status-outcome-queued", { done }),
        detail: outcome.message ? t("status-outcome-not-sent", { message: outcome.message }) : undefined,
      };
    case "rejected":
      return {
        tone: "error",
        title: outcome.message ? t("status-outcome-refused", { message: outcome.message }) : t("status-outcome-refused-unknown"),
      };
    case "withdrawn":
      return { tone: "success", title: t("status-outcome-withdrawn") };
    default:
      return { tone: "info", title: t("status-outcome-other", { done, state: outcome.state }) };
  }
}

/** A command's error as a sentence for the user. */
export function errorText(error: AppError | { kind?: string; message?: string } | null | undefined): string {
  if (!error) return t("status-error-unknown");
  const message = (error.message ?? "").trim();
  switch (error.kind) {
    case "not_signed_in":
      return message || t("status-error-not-signed-in");
    case "unreachable":
      return message ? t("status-error-unreachable-because", { message }) : t("status-error-unreachable");
    case "unsynced_work":
      // The core's own wording is the CLI's (it names --force); the app says it in the language on screen.
      return t("status-error-unsynced");
    default:
      return message || t("status-error-unknown");
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
  if (needsLoginEvent || status?.needs_login) {
    // The server's reason is shown as it came, without its full stop: the sentence goes on.
    const reason = status?.signed_out_reason?.trim();
    return {
      tone: "warning",
      title: reason ? t("status-offline-signed-out-because", { reason: reason.replace(/\.$/, "") }) : t("status-offline-signed-out"),
      detail: pending > 0 ? t("status-offline-signed-out-pending", { count: pending }) : t("status-offline-signed-out-nothing"),
    };
  }
  return {
    tone: "warning",
    title: t("status-offline-title"),
    detail: pending > 0 ? t("status-offline-pending", { count: pending }) : t("status-offline-nothing"),
  };
}

/** The sync indicator's label, for its tooltip and screen readers; refusals not yet dismissed come first. */
export function syncLabel(pending: number, offline: boolean, refused = 0): string {
  const waiting =
    pending > 0
      ? offline
        ? t("status-sync-waiting-offline", { count: pending })
        : t("status-sync-waiting", { count: pending })
      : offline
        ? t("status-sync-offline")
        : t("status-sync-done");
  if (refused === 0) return waiting;
  const refusals = t("status-sync-refused", { count: refused });
  return pending > 0 || offline ? t("status-sync-refused-and", { refusals, waiting }) : refusals;
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
  const at = write.recorded_at ? time(write.recorded_at) : null;
  const op = write.operation;
  switch (op.kind) {
    case "check_in":
      return at ? t("status-refused-check-in-at", { time: at }) : t("status-refused-check-in");
    case "check_out":
      return at ? t("status-refused-check-out-at", { time: at }) : t("status-refused-check-out");
    case "submit_leave":
      return op.start_date && op.end_date
        ? t("status-refused-leave-for", { range: range(op.start_date, op.end_date) })
        : t("status-refused-leave");
    case "cancel_leave":
      return t("status-refused-cancel-leave");
    case "act_on_leave":
      return op.approve ? t("status-refused-leave-approval") : t("status-refused-leave-rejection");
    case "request_correction":
      return op.date ? t("status-refused-correction-for", { range: range(op.date, op.date) }) : t("status-refused-correction");
    case "decide_correction":
      return op.approve ? t("status-refused-correction-approval") : t("status-refused-correction-rejection");
    default:
      return t("status-refused-other");
  }
}
