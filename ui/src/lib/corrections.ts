// Attendance corrections as the screens present them: the times a person proposes for one of their
// records (typed as clock times on the record's day), what a record says about its own corrections, which
// records Today points out, and how a correction reads in a list. The server (and the device's pre-check,
// `correction_warning`) decides what may be asked; this only turns the form into a request and back.

import type { CorrectionEntry_Serialize, CorrectionRequest_Deserialize } from "./bindings";
import { formatTime, normalClock, toDay } from "./format";
import { t } from "./i18n.svelte";

/** What of a record the correction screens read. */
export interface RecordLike {
  key: string;
  date: string;
  check_in_at: string;
  check_out_at?: string | null;
  pending: boolean;
  record?: {
    auto_closed?: boolean;
    corrected?: boolean;
    original_check_in_at?: string | null;
    original_check_out_at?: string | null;
    correction_reason?: string | null;
  } | null;
}

export type CorrectionLike = Pick<CorrectionEntry_Serialize, "key" | "status" | "queued" | "attendance_record_id">;

/** The correction form as typed: clock times ("HH:MM", "" for none) and the reason. */
export interface CorrectionForm {
  checkIn: string;
  checkOut: string;
  reason: string;
}

/** "HH:MM" of an instant on this device's clock, "" for none. */
export function clockOf(iso: string | null | undefined): string {
  const shown = formatTime(iso);
  return shown === "—" ? "" : shown;
}

/** The instant of "HH:MM" on a local day "YYYY-MM-DD", as ISO; null when either does not read. */
export function instantOf(day: string, clock: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const time = normalClock(clock);
  if (!d || !time) return null;
  const [hours, minutes] = time.split(":").map(Number);
  const at = new Date(Number(d[1]), Number(d[2]) - 1, Number(d[3]), hours, minutes);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** The form as a record opens it: its times as recorded (an open record's check-out empty), no reason. */
export function formOf(entry: Pick<RecordLike, "check_in_at" | "check_out_at">): CorrectionForm {
  return { checkIn: clockOf(entry.check_in_at), checkOut: clockOf(entry.check_out_at), reason: "" };
}

/**
 * The request the form makes for `entry`, or null when it proposes nothing new. A time left as recorded
 * is not sent (the server keeps it). Times are on the day of the record's check-in as this device reads it;
 * a check-out at or before the check-in's clock time is the next morning's (an overnight record).
 */
export function correctionRequest(entry: RecordLike, form: CorrectionForm): CorrectionRequest_Deserialize | null {
  const day = toDay(new Date(entry.check_in_at));
  const typed = (text: string) => normalClock(text) ?? text.trim();
  const inClock = form.checkIn.trim() ? typed(form.checkIn) : clockOf(entry.check_in_at);
  const inChanged = inClock !== clockOf(entry.check_in_at);
  const outClock = typed(form.checkOut);
  const outChanged = outClock !== "" && outClock !== clockOf(entry.check_out_at);
  if (!inChanged && !outChanged) return null;
  const checkIn = inChanged ? instantOf(day, inClock) : null;
  let checkOut: string | null = null;
  if (outChanged) {
    const outDay = outClock <= inClock ? nextDay(day) : day;
    checkOut = instantOf(outDay, outClock);
  }
  if ((inChanged && !checkIn) || (outChanged && !checkOut)) return null;
  return { record: entry.key, date: null, check_in_at: checkIn, check_out_at: checkOut, reason: form.reason.trim() };
}

function nextDay(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return toDay(new Date(y, m - 1, d + 1));
}

/** Whether a check-out typed for `form` falls on the morning after the check-in. */
export function endsNextDay(form: Pick<CorrectionForm, "checkIn" | "checkOut">): boolean {
  const [checkIn, checkOut] = [normalClock(form.checkIn), normalClock(form.checkOut)];
  return Boolean(checkIn && checkOut && checkOut <= checkIn);
}

/** The correction of `entry` still waiting for a decision (queued here or at the server), if any. */
export function pendingCorrectionOf<C extends CorrectionLike>(entry: Pick<RecordLike, "key">, corrections: readonly C[]): C | null {
  return corrections.find((c) => c.status === "pending" && c.attendance_record_id === entry.key) ?? null;
}

/** Whether the person can ask to correct `entry` here: once the server has the record. */
export function correctable(entry: Pick<RecordLike, "key" | "pending">): boolean {
  return !entry.pending && !entry.key.startsWith("pending-");
}

/** What a record says of its times: corrected (with the punched ones kept), closed by the server, or neither. */
export interface RecordNote {
  corrected: boolean;
  /** The times as punched, for a corrected record ("" for none). */
  originalIn: string;
  originalOut: string;
  reason: string | null;
  /** The check-out the server made, for a record it closed and nobody corrected. */
  autoClosedAt: string | null;
}

export function recordNote(entry: RecordLike): RecordNote {
  const r = entry.record;
  const corrected = Boolean(r?.corrected);
  return {
    corrected,
    originalIn: corrected ? clockOf(r?.original_check_in_at) : "",
    originalOut: corrected ? clockOf(r?.original_check_out_at) : "",
    reason: corrected ? (r?.correction_reason ?? null) : null,
    autoClosedAt: r?.auto_closed && !corrected ? (entry.check_out_at ?? null) : null,
  };
}

/** "Closed automatically at 19:30 — ask for a correction if that is wrong". */
export function autoClosedText(at: string): string {
  return t("attendance-auto-closed", { time: formatTime(at) });
}

/** "Originally in 09:02, out 17:31" for a corrected record; "Added by a correction" when nothing was punched. */
export function originalsText(note: Pick<RecordNote, "originalIn" | "originalOut">): string {
  if (!note.originalIn && !note.originalOut) return t("attendance-added-by-correction");
  return t("attendance-originally", { in: note.originalIn || "—", out: note.originalOut || t("attendance-no-check-out") });
}

/** A record Today points out, and why. */
export type Attention<T extends RecordLike = RecordLike> = { entry: T; kind: "forgotten" | "auto_closed" };

/**
 * The records Today asks about, newest first: one the server closed automatically and nobody corrected,
 * or one of an earlier day still without a check-out (a forgotten one); never one already waiting for a
 * decision, nor one the server does not have yet. `today` is the company's day.
 */
export function needsAttention<T extends RecordLike>(entries: readonly T[], corrections: readonly CorrectionLike[], today: string): Attention<T>[] {
  return entries
    .filter((e) => correctable(e) && !pendingCorrectionOf(e, corrections))
    .flatMap((entry): Attention<T>[] => {
      if (recordNote(entry).autoClosedAt) return [{ entry, kind: "auto_closed" }];
      if (!entry.check_out_at && entry.date < today) return [{ entry, kind: "forgotten" }];
      return [];
    })
    .sort((a, b) => b.entry.check_in_at.localeCompare(a.entry.check_in_at));
}

/** A correction's status as its badge says it. */
export function correctionStatus(c: Pick<CorrectionEntry_Serialize, "status" | "queued">): { label: string; tone: string } {
  if (c.queued) {
    if (c.status === "approved") return { label: t("attendance-status-approved-queued"), tone: "info" };
    if (c.status === "rejected") return { label: t("attendance-status-rejected-queued"), tone: "info" };
    return { label: t("attendance-status-queued"), tone: "warning" };
  }
  switch (c.status) {
    case "approved":
      return { label: t("attendance-status-approved"), tone: "success" };
    case "rejected":
      return { label: t("attendance-status-rejected"), tone: "danger" };
    default:
      return { label: t("attendance-status-pending"), tone: "warning" };
  }
}

/** One time of a correction: "09:02 → 08:40", "— → 17:30", or the recorded time kept. */
export function timeChange(recorded: string | null | undefined, proposed: string | null | undefined): string {
  if (!proposed) return t("attendance-time-kept", { time: formatTime(recorded) });
  return t("attendance-time-change", { from: formatTime(recorded), to: formatTime(proposed) });
}

/**
 * The approver's list: those they can decide now and those whose decision is queued here, in the
 * server's order; what they decided and has synced goes to `decided`.
 */
export function splitInbox<C extends Pick<CorrectionEntry_Serialize, "status" | "queued" | "decidable">>(items: readonly C[]): { waiting: C[]; decided: C[] } {
  return {
    waiting: items.filter((c) => c.decidable || c.queued),
    decided: items.filter((c) => !c.decidable && !c.queued && c.status !== "pending"),
  };
}
