// HR's calendars, shifts and audit trail: the tabs, the weekday toggles of a working week, what an import or an
// export says, and the audit trail's filter and details as a person reads them. The server decides what
// is allowed and what counts; this only presents it.

import type { AuditFilter_Deserialize, HolidayEntry_Serialize, ImportCounts, WorkingWeekAttributes_Serialize as WorkingWeekAttributes } from "./bindings";
import { humanize, plural } from "./format";

/** Shown on every disabled change button while offline: calendars change only with the server's answer. */
export const CALENDAR_OFFLINE_TEXT = "Calendar changes need a connection";
/** Shown on the disabled export button while offline: an export is never made from this device's copy. */
export const EXPORT_OFFLINE_TEXT = "Exporting the audit trail needs a connection";

export type HrTab = "calendars" | "shifts" | "audit";

export const HR_TABS: readonly { id: HrTab; label: string }[] = [
  { id: "calendars", label: "Calendars" },
  { id: "shifts", label: "Shifts" },
  { id: "audit", label: "Audit trail" },
];

/** The tab a route parameter names; Calendars when it names none. */
export function hrTab(param: string | null): HrTab {
  return HR_TABS.find((tab) => tab.id === param)?.id ?? "calendars";
}

// ---- Public holidays ----------------------------------------------------------------------------------

/** The years the switcher moves through: the server keeps 1970 to 9999. */
export const FIRST_YEAR = 1970;
export const LAST_YEAR = 9999;

/** Where a holiday applies, as its badge says it. */
export function holidayScope(holiday: Pick<HolidayEntry_Serialize, "branch_id" | "branch_name">): string {
  if (!holiday.branch_id) return "Company-wide";
  return holiday.branch_name ?? `Branch ${holiday.branch_id}`;
}

/** The year of a "YYYY-MM-DD" day, or null when it is not one. */
export function yearOf(day: string): number | null {
  const match = /^(\d{4})-\d{2}-\d{2}$/.exec(day);
  return match ? Number(match[1]) : null;
}

/** "Imported 9, skipped 1 (…)": what an iCalendar import did. */
export function importText(counts: ImportCounts): string {
  if (counts.imported === 0 && counts.skipped === 0) return "Nothing imported: the file has no all-day events.";
  if (counts.skipped === 0) return `Imported ${plural(counts.imported, "holiday")}.`;
  const why = "a day that already has a holiday, or an event at a time of day";
  return `Imported ${counts.imported}, skipped ${counts.skipped} (${why}).`;
}

/** The question a holiday's removal asks first. */
export function deleteQuestion(holiday: Pick<HolidayEntry_Serialize, "name" | "recurring">, day: string): string {
  const every = holiday.recurring ? " It is removed from every year." : "";
  return `Remove “${holiday.name}” (${day})?${every} Leave already requested keeps the days it was booked with.`;
}

// ---- Working weeks ------------------------------------------------------------------------------------

/** ISO weekday numbers, Monday 1 to Sunday 7, with their names. */
export const WEEKDAYS: readonly { day: number; short: string; long: string }[] = [
  { day: 1, short: "Mon", long: "Monday" },
  { day: 2, short: "Tue", long: "Tuesday" },
  { day: 3, short: "Wed", long: "Wednesday" },
  { day: 4, short: "Thu", long: "Thursday" },
  { day: 5, short: "Fri", long: "Friday" },
  { day: 6, short: "Sat", long: "Saturday" },
  { day: 7, short: "Sun", long: "Sunday" },
];

/** The days in order, each once, weekdays only. */
export function normalDays(days: readonly number[]): number[] {
  return [...new Set(days)].filter((d) => Number.isInteger(d) && d >= 1 && d <= 7).sort((a, b) => a - b);
}

/** `days` with `day` switched on or off. */
export function toggleDay(days: readonly number[], day: number): number[] {
  return normalDays(days.includes(day) ? days.filter((d) => d !== day) : [...days, day]);
}

export function sameDays(a: readonly number[], b: readonly number[]): boolean {
  const x = normalDays(a);
  const y = normalDays(b);
  return x.length === y.length && x.every((d, i) => d === y[i]);
}

/** "Mon–Fri", "Mon–Thu, Sat", "Sat, Sun": the days in runs, a run of three or more as a range. */
export function weekText(days: readonly number[]): string {
  const sorted = normalDays(days);
  if (sorted.length === 0) return "No working days";
  const runs: number[][] = [];
  for (const day of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === day - 1) last.push(day);
    else runs.push([day]);
  }
  const name = (day: number) => WEEKDAYS[day - 1]!.short;
  return runs
    .map((run) => (run.length >= 3 ? `${name(run[0]!)}–${name(run[run.length - 1]!)}` : run.map(name).join(", ")))
    .join(", ");
}

/** Whose week a row is: the company's, or a branch's by name. */
export function weekOwner(week: Pick<WorkingWeekAttributes, "branch_id" | "branch_name">): string {
  if (!week.branch_id) return "Company";
  return week.branch_name ?? `Branch ${week.branch_id}`;
}

/** What saving a week says: who works which days now, and what that changes. */
export function weekSavedText(
  now: Pick<WorkingWeekAttributes, "branch_id" | "branch_name" | "working_days" | "follows_company"> & { half_days?: number[] },
): string {
  const who = now.branch_id ? weekOwner(now) : "The company";
  const halves = normalDays(now.half_days ?? []);
  const mornings = halves.length ? ` (${halves.map((d) => WEEKDAYS[d - 1]!.short).join(", ")} mornings only)` : "";
  const what = now.follows_company
    ? `follows the company's week (${weekText(now.working_days)}${mornings})`
    : `works ${weekText(now.working_days)}${mornings}`;
  return `Saved: ${who} ${what}. Leave requested from now on is counted in it.`;
}

/**
 * A week as HR is editing it: a branch may follow the company's week instead of keeping its own; some
 * of its days may be worked in the morning only (`halfDays`, absent: none).
 */
export interface WeekDraft {
  follows: boolean;
  days: number[];
  halfDays?: number[];
}

export function draftOf(week: Pick<WorkingWeekAttributes, "working_days" | "follows_company" | "half_days">): WeekDraft {
  return { follows: week.follows_company, days: normalDays(week.working_days), halfDays: normalDays(week.half_days ?? []) };
}

/** The draft's half days that are still among its working days. */
export function draftHalfDays(draft: WeekDraft): number[] {
  return normalDays(draft.halfDays ?? []).filter((day) => draft.days.includes(day));
}

/**
 * What saving a draft sends, or null when it changes nothing: the days, or (a branch following the
 * company again) null for `working_days`.
 */
export function weekChange(
  week: Pick<WorkingWeekAttributes, "branch_id" | "working_days" | "follows_company" | "half_days">,
  draft: WeekDraft,
): { workingDays: number[] | null; halfDays: number[] } | null {
  if (week.branch_id && draft.follows) return week.follows_company ? null : { workingDays: null, halfDays: [] };
  const halfDays = draftHalfDays(draft);
  const sameHalves = sameDays(halfDays, week.half_days ?? []);
  if (!week.follows_company && sameDays(draft.days, week.working_days) && sameHalves) return null;
  return { workingDays: normalDays(draft.days), halfDays };
}

// ---- The audit trail ----------------------------------------------------------------------------------

/** The kinds of record the trail names, with what to call them; any other is humanized. */
export const AUDIT_ENTITIES: readonly { id: string; label: string; one: string }[] = [
  { id: "user", label: "Sign-in accounts", one: "Sign-in account" },
  { id: "holiday", label: "Public holidays", one: "Public holiday" },
  { id: "working_week", label: "Working weeks", one: "Working week" },
  { id: "leave_request", label: "Leave requests", one: "Leave request" },
  { id: "attendance_record", label: "Attendance records", one: "Attendance record" },
  { id: "attendance_correction", label: "Attendance corrections", one: "Attendance correction" },
  { id: "shift", label: "Shifts", one: "Shift" },
  { id: "shift_assignment", label: "Shift assignments", one: "Shift assignment" },
  { id: "announcement", label: "Announcements", one: "Announcement" },
  { id: "group", label: "Groups", one: "Group" },
  { id: "org", label: "Organization", one: "Organization" },
  { id: "trusted_origin", label: "Trusted origins", one: "Trusted origin" },
];

/** The action prefixes the filter suggests. */
export const ACTION_SUGGESTIONS: readonly string[] = [
  "holiday.",
  "working_week.",
  "leave.",
  "attendance_record.",
  "attendance_correction.",
  "shift.",
  "announcement.",
  "user.",
  "group.",
  "org.",
  "trusted_origin.",
];

/** "holiday" → "Public holiday"; an unknown kind humanized. */
export function entityLabel(entity: string): string {
  return AUDIT_ENTITIES.find((e) => e.id === entity)?.one ?? humanize(entity);
}

/**
 * The action filter as the server reads it: one action (`user.suspend`), or a prefix ending with a dot
 * (`holiday.`). A bare word ("holiday") means every action of that kind, so it gets its dot.
 */
export function actionFilter(text: string): string | null {
  const action = text.trim();
  if (!action) return null;
  return action.includes(".") ? action : `${action}.`;
}

/** The filter's fields as the form holds them: text, "" for any. */
export interface AuditForm {
  action: string;
  entity: string;
  /** The acting employee's id. */
  person: string;
  from: string;
  to: string;
}

export const EMPTY_AUDIT_FORM: AuditForm = { action: "", entity: "", person: "", from: "", to: "" };

export function auditFilter(form: AuditForm): AuditFilter_Deserialize {
  const person = Number(form.person);
  return {
    action: actionFilter(form.action),
    entity: form.entity.trim() || null,
    entity_id: null,
    actor_id: form.person && Number.isInteger(person) && person > 0 ? person : null,
    from: form.from || null,
    to: form.to || null,
  };
}

/** Whether the form's dates can be sent: "to" not before "from". */
export function datesInOrder(form: Pick<AuditForm, "from" | "to">): boolean {
  return !form.from || !form.to || form.from <= form.to;
}

/** A filter in words, for the page shown offline that was read with another filter. */
export function filterText(
  filter: { action?: string | null; entity?: string | null; actor_id?: number | null; from?: string | null; to?: string | null },
  nameOf: (id: number) => string | null = () => null,
): string {
  const parts: string[] = [];
  if (filter.action) parts.push(`action ${filter.action}`);
  if (filter.entity) parts.push(entityLabel(filter.entity).toLowerCase());
  if (filter.actor_id != null) parts.push(`by ${nameOf(filter.actor_id) ?? `employee ${filter.actor_id}`}`);
  if (filter.from && filter.to) parts.push(`${filter.from} to ${filter.to}`);
  else if (filter.from) parts.push(`from ${filter.from}`);
  else if (filter.to) parts.push(`until ${filter.to}`);
  return parts.length ? parts.join(", ") : "every event";
}

/** "Page 2 of 3 · 120 events". */
export function pageText(page: { page: number; last_page: number; total: number }): string {
  return `Page ${page.page} of ${Math.max(page.last_page, 1)} · ${plural(page.total, "event")}`;
}

/** The export's file name: the trail, the range it covers when dated, the day it was made. */
export function auditFileName(filter: Pick<AuditForm, "from" | "to">, today: string): string {
  const range = filter.from || filter.to ? `-${filter.from || "start"}-to-${filter.to || today}` : "";
  return `audit-trail${range}-exported-${today}.csv`;
}

/** What an export says it did; when the server's limit cut it short, how to get the rest. */
export function exportText(saved: { path: string; rows: number; total: number }): string {
  const what = saved.total > saved.rows ? `the newest ${saved.rows} of ${saved.total} events` : plural(saved.rows, "event");
  const rest = saved.total > saved.rows ? " Narrow the dates to export the rest." : "";
  return `Exported ${what} to ${saved.path}.${rest}`;
}

/** One line of an event's details: a field and its value before and after, or a value it recorded. */
export interface DetailRow {
  field: string;
  /** The value before; absent for a value recorded as it is (a reason, a decision). */
  before?: string;
  after: string;
  changed: boolean;
}

/** A value of the details as text: "–" for nothing, text as it is, anything else as JSON. */
export function shownValue(value: unknown): string {
  if (value === null || value === undefined) return "–";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `{before, after}` and nothing else: a change of one value. */
function asChange(value: unknown): { before: unknown; after: unknown } | null {
  if (!isObject(value)) return null;
  const keys = Object.keys(value);
  return keys.length === 2 && "before" in value && "after" in value ? { before: value.before, after: value.after } : null;
}

/**
 * An event's details field by field, as the list's expanded row shows them (the same reading as the
 * core's one-line summary): a record added or removed lists its fields that have a value (the summary
 * says which it was), a record changed lists every
 * field with its value before and after (`changed` for those that differ), and other details list each
 * value, a `{before, after}` among them as a change.
 */
export function detailRows(details: unknown): DetailRow[] {
  const change = asChange(details);
  if (change) {
    const { before, after } = change;
    // A record added or removed: its fields that have a value, as the summary lists them.
    const whole = before === null && isObject(after) ? after : after === null && isObject(before) ? before : null;
    if (whole) {
      return Object.entries(whole)
        .filter(([, value]) => value !== null && value !== undefined)
        .map(([field, value]) => ({ field, after: shownValue(value), changed: false }));
    }
    if (isObject(before) && isObject(after)) {
      const was = before;
      const is = after;
      const names = [...Object.keys(was), ...Object.keys(is).filter((k) => !(k in was))];
      return names.map((field) => {
        const a = shownValue(was[field]);
        const b = shownValue(is[field]);
        return { field, before: a, after: b, changed: a !== b };
      });
    }
    const a = shownValue(before);
    const b = shownValue(after);
    return [{ field: "value", before: a, after: b, changed: a !== b }];
  }
  if (isObject(details)) {
    return Object.entries(details).map(([field, value]) => {
      const inner = asChange(value);
      if (inner) {
        const a = shownValue(inner.before);
        const b = shownValue(inner.after);
        return { field, before: a, after: b, changed: a !== b };
      }
      return { field, after: shownValue(value), changed: false };
    });
  }
  if (details === null || details === undefined) return [];
  return [{ field: "value", after: shownValue(details), changed: false }];
}

/** A field's name as a label: "branch_id" → "Branch id". */
export function fieldLabel(field: string): string {
  return humanize(field);
}

// ---- The leave year -----------------------------------------------------------------------------------

export const MONTHS: readonly string[] = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

/** "Leave years start on 1 April; this one is 2026/27". */
export function leaveYearText(year: { start_month: number; current_name: string }): string {
  const month = MONTHS[year.start_month - 1] ?? "January";
  return `Leave years start on 1 ${month}; this one is ${year.current_name}`;
}
