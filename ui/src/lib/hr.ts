// HR's calendars, shifts and audit trail: the tabs, the weekday toggles of a working week, what an import or an
// export says, and the audit trail's filter and details as a person reads them. The server decides what
// is allowed and what counts; this only presents it.

import type { AuditFilter_Deserialize, HolidayEntry_Serialize, ImportCounts, WorkingWeekAttributes_Serialize as WorkingWeekAttributes } from "./bindings";
import { FluentNumber } from "@fluent/bundle";
import { WEEKDAYS, humanize } from "./format";
import { language, t, withWords } from "./i18n.svelte";

/** Shown on every disabled change button while offline: calendars change only with the server's answer. */
export function calendarOfflineText(): string {
  return t("hr-calendar-offline");
}
/** Shown on the disabled export button while offline: an export is never made from this device's copy. */
export function exportOfflineText(): string {
  return t("hr-export-offline");
}

/** An offline reason, and that the list shown is this device's last copy. */
export function offlineLastReadText(reason: string): string {
  return t("hr-offline-last-read", { reason });
}

/** A count shown as it is, without grouping ("10000"), still choosing the language's plural form. */
function ungrouped(n: number): FluentNumber {
  return new FluentNumber(n, { useGrouping: false });
}

/** Items in the language's list style: "Mon–Thu, Sat". */
function listText(items: readonly string[]): string {
  return new Intl.ListFormat(language(), { type: "unit", style: "short" }).format(items);
}

export type HrTab = "calendars" | "shifts" | "audit";

function tab(id: HrTab, message: string): { id: HrTab; label: string } {
  return {
    id,
    get label() {
      return t(message);
    },
  };
}

export const HR_TABS: readonly { id: HrTab; label: string }[] = [
  tab("calendars", "hr-tab-calendars"),
  tab("shifts", "hr-tab-shifts"),
  tab("audit", "hr-tab-audit"),
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
  if (!holiday.branch_id) return t("hr-holiday-company-wide");
  return holiday.branch_name ?? t("hr-branch", { id: holiday.branch_id });
}

/** The year of a "YYYY-MM-DD" day, or null when it is not one. */
export function yearOf(day: string): number | null {
  const match = /^(\d{4})-\d{2}-\d{2}$/.exec(day);
  return match ? Number(match[1]) : null;
}

/** "Imported 9, skipped 1 (…)": what an iCalendar import did. */
export function importText(counts: ImportCounts): string {
  if (counts.imported === 0 && counts.skipped === 0) return t("hr-import-nothing");
  if (counts.skipped === 0) return t("hr-import-done", { count: counts.imported });
  return t("hr-import-skipped", { imported: counts.imported, skipped: counts.skipped });
}

/** The question a holiday's removal asks first. */
export function deleteQuestion(holiday: Pick<HolidayEntry_Serialize, "name" | "recurring">, day: string): string {
  const args = { name: holiday.name, date: day };
  return holiday.recurring ? t("hr-holiday-remove-recurring", args) : t("hr-holiday-remove", args);
}

// ---- Working weeks ------------------------------------------------------------------------------------


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
  if (sorted.length === 0) return t("hr-no-working-days");
  const runs: number[][] = [];
  for (const day of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === day - 1) last.push(day);
    else runs.push([day]);
  }
  const name = (day: number) => WEEKDAYS[day - 1]!.short;
  return listText(runs.flatMap((run) => (run.length >= 3 ? [`${name(run[0]!)}–${name(run[run.length - 1]!)}`] : run.map(name))));
}

/** Whose week a row is: the company's, or a branch's by name. */
export function weekOwner(week: Pick<WorkingWeekAttributes, "branch_id" | "branch_name">): string {
  if (!week.branch_id) return t("hr-week-company");
  return week.branch_name ?? t("hr-branch", { id: week.branch_id });
}

/** What saving a week says: who works which days now, and what that changes. */
export function weekSavedText(
  now: Pick<WorkingWeekAttributes, "branch_id" | "branch_name" | "working_days" | "follows_company"> & { half_days?: number[] },
): string {
  const halves = normalDays(now.half_days ?? []);
  const week = weekText(now.working_days);
  const days = halves.length ? t("hr-week-days-mornings", { days: week, mornings: listText(halves.map((d) => WEEKDAYS[d - 1]!.short)) }) : week;
  if (!now.branch_id) return t("hr-week-saved-company", { days });
  return t(now.follows_company ? "hr-week-saved-follows" : "hr-week-saved-branch", { branch: weekOwner(now), days });
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

/** A kind of record: the filter's name for all of them, the name of one, and one inside a sentence. */
function entity(id: string, label: string, one: string, inline: string): { id: string; label: string; one: string; inline: string } {
  return withWords({ id }, { label, one, inline });
}

/** The kinds of record the trail names, with what to call them; any other is humanized. */
export const AUDIT_ENTITIES: readonly { id: string; label: string; one: string; inline: string }[] = [
  entity("user", "hr-entity-user", "hr-entity-user-one", "hr-entity-user-inline"),
  entity("holiday", "hr-entity-holiday", "hr-entity-holiday-one", "hr-entity-holiday-inline"),
  entity("working_week", "hr-entity-working-week", "hr-entity-working-week-one", "hr-entity-working-week-inline"),
  entity("leave_request", "hr-entity-leave-request", "hr-entity-leave-request-one", "hr-entity-leave-request-inline"),
  entity("attendance_record", "hr-entity-attendance-record", "hr-entity-attendance-record-one", "hr-entity-attendance-record-inline"),
  entity("attendance_correction", "hr-entity-attendance-correction", "hr-entity-attendance-correction-one", "hr-entity-attendance-correction-inline"),
  entity("shift", "hr-entity-shift", "hr-entity-shift-one", "hr-entity-shift-inline"),
  entity("shift_assignment", "hr-entity-shift-assignment", "hr-entity-shift-assignment-one", "hr-entity-shift-assignment-inline"),
  entity("announcement", "hr-entity-announcement", "hr-entity-announcement-one", "hr-entity-announcement-inline"),
  entity("group", "hr-entity-group", "hr-entity-group-one", "hr-entity-group-inline"),
  entity("org", "hr-entity-org", "hr-entity-org-one", "hr-entity-org-inline"),
  entity("trusted_origin", "hr-entity-trusted-origin", "hr-entity-trusted-origin-one", "hr-entity-trusted-origin-inline"),
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
  if (filter.action) parts.push(t("hr-filter-action", { action: filter.action }));
  if (filter.entity) {
    const kind = filter.entity;
    parts.push(AUDIT_ENTITIES.find((e) => e.id === kind)?.inline ?? humanize(kind).toLocaleLowerCase(language()));
  }
  if (filter.actor_id != null) parts.push(t("hr-filter-by", { name: nameOf(filter.actor_id) ?? t("hr-filter-employee", { id: String(filter.actor_id) }) }));
  if (filter.from && filter.to) parts.push(t("hr-filter-range", { from: filter.from, to: filter.to }));
  else if (filter.from) parts.push(t("hr-filter-from", { from: filter.from }));
  else if (filter.to) parts.push(t("hr-filter-until", { to: filter.to }));
  return parts.length ? listText(parts) : t("hr-filter-every");
}

/** "Page 2 of 3 · 120 events". */
export function pageText(page: { page: number; last_page: number; total: number }): string {
  return t("hr-page-count", { page: ungrouped(page.page), last: ungrouped(Math.max(page.last_page, 1)), count: ungrouped(page.total) });
}

/** The export's file name: the trail, the range it covers when dated, the day it was made. */
export function auditFileName(filter: Pick<AuditForm, "from" | "to">, today: string): string {
  const range = filter.from || filter.to ? `-${filter.from || "start"}-to-${filter.to || today}` : "";
  return `audit-trail${range}-exported-${today}.csv`;
}

/** What an export says it did; when the server's limit cut it short, how to get the rest. */
export function exportText(saved: { path: string; rows: number; total: number }): string {
  if (saved.total > saved.rows) return t("hr-export-partial", { rows: ungrouped(saved.rows), total: ungrouped(saved.total), path: saved.path });
  return t("hr-export-done", { count: ungrouped(saved.rows), path: saved.path });
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

/** A month's name (1 January to 12 December) in the language on screen, as it reads alone. */
export function monthName(month: number): string {
  return new Intl.DateTimeFormat(language(), { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2024, month - 1, 1)));
}

/** The months of the year, 1 to 12. */
export const MONTHS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** "Leave years start on 1 April; this one is 2026/27". */
export function leaveYearText(year: { start_month: number; current_name: string }): string {
  const month = monthName(MONTHS.includes(year.start_month) ? year.start_month : 1);
  return t("hr-leave-year-text", { month, name: year.current_name });
}
