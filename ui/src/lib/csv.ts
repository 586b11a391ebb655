// CSV exports (RFC 4180: comma-separated, CRLF line ends, quoted when needed).

import { formatTime, minutesBetween } from "./format";
import { t } from "./i18n.svelte";

export type Cell = string | number | boolean | null | undefined;

/** One field, quoted when it holds a comma, quote or line break; a leading =,+,-,@ is defused for spreadsheets. */
export function csvField(value: Cell): string {
  if (value == null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function buildCsv(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [headers, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

export interface TeamEntryLike {
  employee_name?: string | null;
  date: string;
  check_in_at: string;
  check_out_at?: string | null;
  pending: boolean;
  record?: { is_late: boolean; worked_minutes?: number | null; branch_name?: string | null; employee_name?: string } | null;
}

/** Minutes worked on a record: the server's figure, else from its times (null while still checked in). */
export function workedMinutes(entry: TeamEntryLike): number | null {
  if (entry.record?.worked_minutes != null) return entry.record.worked_minutes;
  if (!entry.check_out_at) return null;
  return minutesBetween(entry.check_in_at, entry.check_out_at);
}

/** Team attendance as CSV in the language on screen, times in the viewer's local time plus the exact UTC instants. */
export function teamAttendanceCsv(entries: readonly TeamEntryLike[]): string {
  const headers = [
    "shared-csv-employee",
    "shared-csv-date",
    "shared-csv-check-in",
    "shared-csv-check-out",
    "shared-csv-worked-minutes",
    "shared-csv-late",
    "shared-csv-branch",
    "shared-csv-synced",
    "shared-csv-check-in-utc",
    "shared-csv-check-out-utc",
  ].map((id) => t(id));
  const yes = t("shared-csv-yes");
  const no = t("shared-csv-no");
  const rows = entries.map((e) => [
    e.employee_name ?? e.record?.employee_name ?? "",
    e.date,
    formatTime(e.check_in_at),
    e.check_out_at ? formatTime(e.check_out_at) : "",
    workedMinutes(e) ?? "",
    e.record?.is_late ? yes : no,
    e.record?.branch_name ?? "",
    e.pending ? no : yes,
    e.check_in_at,
    e.check_out_at ?? "",
  ]);
  return buildCsv(headers, rows);
}
