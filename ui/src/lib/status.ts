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

/** The sync indicator's label, for its tooltip and screen readers. */
export function syncLabel(pending: number, offline: boolean): string {
  if (pending > 0) return `${pending} ${pending === 1 ? "change" : "changes"} waiting to sync${offline ? " (offline)" : ""}`;
  return offline ? "Offline — nothing waiting to sync" : "Everything is synced";
}
