// Pure formatting helpers: distances, durations, money, dates and times, in the language on screen.
// Times from the backend are UTC ISO strings; dates ("YYYY-MM-DD") are calendar days with no time zone.
// English keeps the product's own forms ("Mon, 3 Nov", "€4,250.00", "7 h 45 min"), which the tests and the
// seed documents use; every other language takes its own from Intl and its catalogue.
import { language, t } from "./i18n.svelte";

const english = () => language() === "en";

const pad = (n: number) => String(n).padStart(2, "0");

/** "12 m", "950 m", "1.2 km", "877 km". */
export function formatDistance(metres: number | null | undefined): string {
  if (metres == null || !Number.isFinite(metres)) return "—";
  const m = Math.max(0, metres);
  if (!english()) {
    const unit = m < 1000 ? "meter" : "kilometer";
    const value = m < 1000 ? Math.round(m) : m / 1000;
    return new Intl.NumberFormat(language(), { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
  }
  if (m < 1000) return `${Math.round(m)} m`;
  const km = m / 1000;
  if (km < 10) {
    const rounded = Math.round(km * 10) / 10;
    return rounded >= 10 ? "10 km" : `${rounded.toFixed(1).replace(/\.0$/, "")} km`;
  }
  return `${Math.round(km).toLocaleString("en-US")} km`;
}

/** "±8 m" (or "" when unknown). */
export function formatAccuracy(metres: number | null | undefined): string {
  if (metres == null || !Number.isFinite(metres)) return "";
  return `±${formatDistance(metres)}`;
}

/** "7 h 45 min", "45 min", "8 h". */
export function formatDuration(minutes: number | null | undefined): string {
  if (minutes == null || !Number.isFinite(minutes)) return "—";
  const total = Math.max(0, Math.round(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return t("format-minutes", { minutes: rest });
  if (rest === 0) return t("format-hours", { hours });
  return t("format-hours-minutes", { hours, minutes: rest });
}

/** A count or a number of days ("21", "18.5") in the language's digits; what is not a number as it is. */
export function formatCount(value: number | string | null | undefined): string {
  if (value == null || value === "") return "—";
  const number = typeof value === "number" ? value : Number(value);
  return Number.isFinite(number) ? new Intl.NumberFormat(language(), { maximumFractionDigits: 2 }).format(number) : String(value);
}

/** Whole minutes between two ISO instants (0 when the end is before the start). */
export function minutesBetween(startIso: string, endIso: string): number {
  const ms = Date.parse(endIso) - Date.parse(startIso);
  return Number.isFinite(ms) ? Math.max(0, Math.floor(ms / 60000)) : 0;
}

/** Groups an integer string: "1234567" → "1,234,567". */
function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

const SYMBOLS: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥", INR: "₹", IDR: "Rp ", AUD: "A$", CAD: "C$" };

/**
 * Exact decimal strings ("4250.00") shown with their currency, without going through floating point:
 * "€4,250.00", "-$12.50", "4,250.00 CHF".
 */
export function formatMoney(amount: string | null | undefined, currency?: string | null): string {
  if (amount == null || amount === "") return "—";
  const match = /^\s*(-?)(\d+)(?:\.(\d+))?\s*$/.exec(amount);
  if (!match) return currency ? `${amount} ${currency}` : amount;
  const [, sign, whole, fraction = ""] = match;
  const code = (currency ?? "").toUpperCase();
  if (!english()) return localMoney(amount, code, Math.max(2, fraction.length));
  const cents = (fraction + "00").slice(0, Math.max(2, fraction.length));
  const number = `${group(whole.replace(/^0+(?=\d)/, ""))}.${cents}`;
  const symbol = SYMBOLS[code];
  if (symbol) return `${sign ? "−" : ""}${symbol}${number}`;
  return `${sign ? "−" : ""}${number}${code ? ` ${code}` : ""}`;
}

/**
 * An amount in the company's currency as the reader's language writes it ("4.250,00 €" in German), from its
 * exact decimal string: payroll's amounts are far below where a double loses a cent.
 */
function localMoney(amount: string, code: string, places: number): string {
  const options: Intl.NumberFormatOptions = { minimumFractionDigits: places, maximumFractionDigits: places };
  try {
    return new Intl.NumberFormat(language(), code ? { ...options, style: "currency", currency: code } : options).format(Number(amount));
  } catch {
    // Not an ISO 4217 code Intl knows: the number in the language's digits, then the code.
    return `${new Intl.NumberFormat(language(), options).format(Number(amount))} ${code}`.trim();
  }
}

/** Local wall-clock time "HH:MM" of an ISO instant (as the language writes a time). */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return "—";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "—";
  if (!english()) return new Intl.DateTimeFormat(language(), { hour: "2-digit", minute: "2-digit" }).format(d);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * A clock time as typed ("9:05", "09:05", "0905", "9.05") as "HH:MM", or null when it is not one: where the
 * web view has no time picker, a time field is a plain text field.
 */
export function normalClock(text: string): string | null {
  const m = /^(\d{1,2})[:.h]?(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [hours, minutes] = [Number(m[1]), Number(m[2])];
  if (hours > 23 || minutes > 59) return null;
  return `${pad(hours)}:${pad(minutes)}`;
}

/** A local Date for a calendar day "YYYY-MM-DD" (midnight local time, never shifted by UTC). */
export function parseDay(day: string): Date {
  const [y, m, d] = day.slice(0, 10).split("-").map(Number);
  return new Date(y, (m || 1) - 1, d || 1);
}

/** "YYYY-MM-DD" of a Date in local time. */
export function toDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * "YYYY-MM-DD" of an instant in an IANA time zone: the company's working day, which is what the server
 * files attendance under. Falls back to the device's day for an unknown zone.
 */
export function dayIn(timeZone: string | null | undefined, now: Date = new Date()): string {
  if (!timeZone) return toDay(now);
  try {
    const format = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    const parts = format.formatToParts(now);
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
    return `${part("year")}-${part("month")}-${part("day")}`;
  } catch {
    return toDay(now);
  }
}

export function addDays(day: string, n: number): string {
  const d = parseDay(day);
  d.setDate(d.getDate() + n);
  return toDay(d);
}

// English's own forms (see the top of this file).
const ENGLISH_WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const SHORT_MONTHS = MONTHS.map((m) => m.slice(0, 3));

/** "Mon, 3 Nov" (with the year when it is not `currentYear`). */
export function formatDay(day: string | null | undefined, currentYear = new Date().getFullYear()): string {
  if (!day) return "—";
  const d = parseDay(day);
  if (Number.isNaN(d.getTime())) return day;
  if (!english()) {
    const year = d.getFullYear() === currentYear ? {} : { year: "numeric" as const };
    return new Intl.DateTimeFormat(language(), { weekday: "short", day: "numeric", month: "short", ...year }).format(d);
  }
  const base = `${ENGLISH_WEEKDAYS[d.getDay()]}, ${d.getDate()} ${SHORT_MONTHS[d.getMonth()]}`;
  return d.getFullYear() === currentYear ? base : `${base} ${d.getFullYear()}`;
}

/** "3 Nov 2025". */
export function formatLongDay(day: string | null | undefined): string {
  if (!day) return "—";
  const d = parseDay(day);
  if (Number.isNaN(d.getTime())) return day;
  if (!english()) return new Intl.DateTimeFormat(language(), { day: "numeric", month: "short", year: "numeric" }).format(d);
  return `${d.getDate()} ${SHORT_MONTHS[d.getMonth()]} ${d.getFullYear()}`;
}

/** "3–7 Nov 2025", "28 Nov – 2 Dec 2025", "3 Nov 2025" for a single day. */
export function formatDayRange(start: string, end: string): string {
  if (!end || start === end) return formatLongDay(start);
  const a = parseDay(start);
  const b = parseDay(end);
  if (!english()) return new Intl.DateTimeFormat(language(), { day: "numeric", month: "short", year: "numeric" }).formatRange(a, b);
  if (a.getFullYear() !== b.getFullYear()) return `${formatLongDay(start)} – ${formatLongDay(end)}`;
  if (a.getMonth() !== b.getMonth()) {
    return `${a.getDate()} ${SHORT_MONTHS[a.getMonth()]} – ${b.getDate()} ${SHORT_MONTHS[b.getMonth()]} ${b.getFullYear()}`;
  }
  return `${a.getDate()}–${b.getDate()} ${SHORT_MONTHS[b.getMonth()]} ${b.getFullYear()}`;
}

/** "Today, 14:05", "Yesterday, 09:00", "Mon, 3 Nov, 14:05" in local time. */
export function formatDateTime(iso: string | null | undefined, now: Date = new Date()): string {
  if (!iso) return "—";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "—";
  const day = toDay(d);
  const today = toDay(now);
  const time = formatTime(iso);
  if (day === today) return t("format-today-at", { time });
  if (day === addDays(today, -1)) return t("format-yesterday-at", { time });
  return t("format-day-at", { day: formatDay(day, now.getFullYear()), time });
}

/** "just now", "5 min ago", "3 h ago", "2 days ago", or a date for anything older than a week. */
export function relativeTime(iso: string | null | undefined, now: number = Date.now()): string {
  if (!iso) return "";
  const then = Date.parse(iso);
  if (!Number.isFinite(then)) return "";
  const seconds = Math.round((now - then) / 1000);
  if (!english()) return localRelativeTime(seconds, then);
  if (seconds < 45) return "just now";
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.round(hours / 24);
  if (days === 1) return "yesterday";
  if (days < 7) return `${days} days ago`;
  return formatLongDay(toDay(new Date(then)));
}

function localRelativeTime(seconds: number, then: number): string {
  const relative = new Intl.RelativeTimeFormat(language(), { numeric: "auto", style: "short" });
  if (seconds < 45) return relative.format(0, "second");
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return relative.format(-minutes, "minute");
  const hours = Math.round(minutes / 60);
  if (hours < 24) return relative.format(-hours, "hour");
  const days = Math.round(hours / 24);
  if (days < 7) return relative.format(-days, "day");
  return formatLongDay(toDay(new Date(then)));
}

/** "Updated just now" / "As of 12 min ago" for a cache's fetched_at; "" when nothing was fetched. */
export function asOf(fetchedAt: string | null | undefined, now: number = Date.now()): string {
  if (!fetchedAt) return "";
  const seconds = Math.round((now - Date.parse(fetchedAt)) / 1000);
  return seconds < 45 ? t("format-updated-just-now") : t("format-as-of", { when: relativeTime(fetchedAt, now) });
}

/** "YYYY-MM" of a Date in local time. */
export function toMonth(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}`;
}

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number);
  const d = new Date(y, m - 1 + n, 1);
  return toMonth(d);
}

/** "November 2025". */
export function formatMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  if (!y || !m) return month;
  if (!english()) return new Intl.DateTimeFormat(language(), { month: "long", year: "numeric" }).format(new Date(y, m - 1, 1));
  return `${MONTHS[m - 1]} ${y}`;
}

/** "1 day", "3 days" (for working days: "1 working day"). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${Math.abs(n) === 1 ? one : many}`;
}

export function workingDays(n: number): string {
  return t("format-working-days", { count: n });
}

/** An ISO weekday's name in the language on screen: 1 January 2024 was a Monday. */
function weekdayName(day: number, width: "short" | "long"): string {
  return new Intl.DateTimeFormat(language(), { weekday: width, timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, day)));
}

export interface Weekday {
  /** ISO: Monday 1 to Sunday 7. */
  day: number;
  short: string;
  long: string;
}

/** ISO weekdays, Monday 1 to Sunday 7, their names read in the language on screen each time they are shown. */
export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7].map((day) => ({
  day,
  get short() {
    return weekdayName(day, "short");
  },
  get long() {
    return weekdayName(day, "long");
  },
}));

/** "Good morning" / "Good afternoon" / "Good evening". */
export function greeting(now: Date = new Date()): string {
  const h = now.getHours();
  if (h < 5) return t("format-good-evening");
  if (h < 12) return t("format-good-morning");
  if (h < 18) return t("format-good-afternoon");
  return t("format-good-evening");
}

/** "Ana Lopez" → "AL". */
export function initials(name: string | null | undefined): string {
  if (!name) return "?";
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((p) => p[0]!.toUpperCase()).join("") || "?";
}

/** "annual" → "Annual", "step_approved" → "Step approved". */
export function humanize(text: string | null | undefined): string {
  if (!text) return "";
  const spaced = text.replace(/[_.-]+/g, " ").trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
