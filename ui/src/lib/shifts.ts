// Shifts as HR manages them: their hours and graces in words, the add/edit form and what it sends. The
// server decides what a shift may be (times as HH:MM, graces within bounds) and says so per field.

import type { ShiftAttributes, ShiftChanges_Deserialize as ShiftChanges } from "./bindings";
import { normalClock } from "./format";
import { t } from "./i18n.svelte";

/** Shown on every disabled change button while offline: shifts change only with the server's answer. */
export function shiftsOfflineText(): string {
  return t("attendance-shift-offline");
}

/**
 * @deprecated The English words only, read once: use `shiftsOfflineText()`, which follows the language on
 * screen. Kept until ShiftsHr.svelte (another owner's) switches to it.
 */
export const SHIFTS_OFFLINE_TEXT = "Shift changes need a connection";

/** The server's defaults for a new shift. */
export const DEFAULT_AUTO_CLOSE_MINUTES = 120;

/** A shift that ends at or before its start ends the next day. */
export function isOvernight(starts: string, ends: string): boolean {
  const [from, to] = [normalClock(starts), normalClock(ends)];
  return Boolean(from && to && to <= from);
}

/** A time as the server takes it ("HH:MM"); what does not read goes as typed, for the server to refuse. */
function clock(text: string): string {
  return normalClock(text) ?? text.trim();
}

/** "09:00–17:30", "22:00–06:00 next day". */
export function shiftHours(shift: Pick<ShiftAttributes, "starts_at" | "ends_at" | "overnight">): string {
  const times = { starts: shift.starts_at, ends: shift.ends_at };
  return shift.overnight ? t("attendance-shift-hours-overnight", times) : t("attendance-shift-hours", times);
}

/** "2 h", "90 min", "1 h 30 min". */
export function minutesText(minutes: number): string {
  if (minutes < 60) return t("attendance-shift-minutes", { minutes });
  const hours = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? t("attendance-shift-hours-minutes", { hours, minutes: m }) : t("attendance-shift-hours-only", { hours });
}

/** The graces in words: "Late after 15 min · early before 10 min · open punches closed 2 h after the end". */
export function graceText(shift: Pick<ShiftAttributes, "late_grace_minutes" | "early_grace_minutes" | "auto_close_after_minutes">): string {
  // The late grace always leads, so its words start with a capital; the others are written mid-sentence.
  const late = shift.late_grace_minutes ? t("attendance-shift-late-after", { minutes: shift.late_grace_minutes }) : t("attendance-shift-late-from-start");
  const early = shift.early_grace_minutes
    ? t("attendance-shift-early-before", { minutes: shift.early_grace_minutes })
    : t("attendance-shift-early-before-end");
  const close = t("attendance-shift-auto-close", { duration: minutesText(shift.auto_close_after_minutes) });
  return `${late} · ${early} · ${close}`;
}

/** The shift form as HR types it: minutes as text, so an empty field can mean "the server's default". */
export interface ShiftForm {
  name: string;
  startsAt: string;
  endsAt: string;
  lateGrace: string;
  earlyGrace: string;
  autoClose: string;
}

export const EMPTY_SHIFT_FORM: ShiftForm = { name: "", startsAt: "09:00", endsAt: "17:00", lateGrace: "10", earlyGrace: "0", autoClose: String(DEFAULT_AUTO_CLOSE_MINUTES) };

export function shiftFormOf(shift: ShiftAttributes): ShiftForm {
  return {
    name: shift.name,
    startsAt: shift.starts_at,
    endsAt: shift.ends_at,
    lateGrace: String(shift.late_grace_minutes),
    earlyGrace: String(shift.early_grace_minutes),
    autoClose: String(shift.auto_close_after_minutes),
  };
}

/** Minutes typed as text: a whole number, or undefined when empty (the server keeps or defaults it). */
function minutes(text: string): number | undefined {
  const typed = text.trim();
  if (typed === "") return undefined;
  const n = Number(typed);
  // Anything else goes as it is, for the server to word its refusal beside the field.
  return Number.isFinite(n) ? n : NaN;
}

/** A new shift as the form describes it. */
export function newShift(form: ShiftForm): ShiftChanges {
  return {
    name: form.name.trim(),
    starts_at: clock(form.startsAt),
    ends_at: clock(form.endsAt),
    late_grace_minutes: minutes(form.lateGrace) ?? null,
    early_grace_minutes: minutes(form.earlyGrace) ?? null,
    auto_close_after_minutes: minutes(form.autoClose) ?? null,
  };
}

/** What saving the form over `shift` sends, only what changed; null when nothing did. */
export function shiftChanges(shift: ShiftAttributes, form: ShiftForm): ShiftChanges | null {
  const change: ShiftChanges = {};
  if (form.name.trim() !== shift.name) change.name = form.name.trim();
  if (clock(form.startsAt) !== shift.starts_at) change.starts_at = clock(form.startsAt);
  if (clock(form.endsAt) !== shift.ends_at) change.ends_at = clock(form.endsAt);
  const late = minutes(form.lateGrace);
  if (late !== undefined && late !== shift.late_grace_minutes) change.late_grace_minutes = late;
  const early = minutes(form.earlyGrace);
  if (early !== undefined && early !== shift.early_grace_minutes) change.early_grace_minutes = early;
  const close = minutes(form.autoClose);
  if (close !== undefined && close !== shift.auto_close_after_minutes) change.auto_close_after_minutes = close;
  return Object.keys(change).length ? change : null;
}

/** The shifts in the order HR reads them: in use first, then by start time and name. */
export function sortShifts<T extends { attributes: Pick<ShiftAttributes, "retired" | "starts_at" | "name"> }>(shifts: readonly T[]): T[] {
  return [...shifts].sort(
    (a, b) =>
      Number(a.attributes.retired) - Number(b.attributes.retired) ||
      a.attributes.starts_at.localeCompare(b.attributes.starts_at) ||
      a.attributes.name.localeCompare(b.attributes.name),
  );
}

/** "From 3 Nov 2026", "3 Nov 2026 – 30 Nov 2026": an assignment's days; `inSentence` for "from …" mid-sentence. */
export function assignmentSpan(from: string, to: string | null | undefined, format: (day: string) => string, inSentence = false): string {
  const days = { from: format(from), to: to ? format(to) : "" };
  if (to) return inSentence ? t("attendance-shift-span-in-sentence", days) : t("attendance-shift-span", days);
  return inSentence ? t("attendance-shift-from-in-sentence", days) : t("attendance-shift-from", days);
}
