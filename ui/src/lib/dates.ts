// Typing and stepping calendar days ("YYYY-MM-DD") for the one-tab-stop date field (DateField.svelte).
// Pure functions: no DOM, no time zone — a day is a calendar day. Words are in the language on screen.

import { t } from "./i18n.svelte";

/** The order a locale writes day, month and year in. */
export type DateOrder = "DMY" | "MDY" | "YMD";

export interface DateFormat {
  order: DateOrder;
  /** What separates the parts: "." (de), "/" (en-US, en-GB), "-" (sv, ISO). */
  sep: string;
}

/** ISO 8601, which the field always understands whatever the locale. */
export const ISO_FORMAT: DateFormat = { order: "YMD", sep: "-" };

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC, so no daylight-saving surprises.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "YYYY-MM-DD" for a real calendar day, or null (31 April, month 13, year 0…). */
export function isoOf(year: number, month: number, day: number): string | null {
  if (![year, month, day].every(Number.isInteger)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Whether `text` is a real calendar day written "YYYY-MM-DD". */
export function isIsoDate(text: string | null | undefined): text is string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? "");
  return Boolean(m && isoOf(Number(m[1]), Number(m[2]), Number(m[3])));
}

function partsOf(iso: string): [number, number, number] {
  const [y, m, d] = iso.split("-").map(Number);
  return [y, m, d];
}

/**
 * The locales a date field writes days for: the device's own ones in the language on screen, so its region
 * decides the order ("en-GB" → day first), then that language itself. A device in another language does
 * not choose: a German screen on an American device writes "11.01.2027".
 */
export function fieldLocales(language: string, device: readonly string[] = []): string[] {
  const base = language.split("-")[0].toLowerCase();
  const same = device.filter((tag) => tag.split("-")[0].toLowerCase() === base);
  return [...same, language];
}

/**
 * How a locale writes a short date, e.g. de-DE → DMY ".", en-US → MDY "/", sv-SE → YMD "-".
 * `undefined` is the device's locale. Anything Intl cannot tell falls back to ISO.
 */
export function localeDateFormat(locale?: string | readonly string[]): DateFormat {
  try {
    const locales = typeof locale === "string" ? locale : locale ? [...locale] : undefined;
    const parts = new Intl.DateTimeFormat(locales, { year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(
      new Date(Date.UTC(2027, 0, 11, 12)),
    );
    const order = parts
      .filter((p) => p.type === "day" || p.type === "month" || p.type === "year")
      .map((p) => p.type[0].toUpperCase())
      .join("");
    if (order !== "DMY" && order !== "MDY" && order !== "YMD") return ISO_FORMAT;
    // The first separator, trimmed: "2027. 01. 11." (hu) → ".", "11/01/2027" → "/".
    const literal = parts.find((p) => p.type === "literal")?.value.trim() ?? "";
    const sep = /^[./-]$/.test(literal) ? literal : order === "YMD" ? "-" : "/";
    return { order, sep };
  } catch {
    return ISO_FORMAT;
  }
}

/** Whether a format is ISO 8601's own, which the field understands anyway. */
export function isIsoFormat(format: DateFormat): boolean {
  return format.order === ISO_FORMAT.order && format.sep === ISO_FORMAT.sep;
}

/**
 * "DD.MM.YYYY", "MM/DD/YYYY", "YYYY-MM-DD": what the field shows as its placeholder, with the letters of
 * the language on screen ("TT.MM.JJJJ" in German).
 */
export function patternOf(format: DateFormat): string {
  const names: Record<string, string> = { D: t("dates-pattern-day"), M: t("dates-pattern-month"), Y: t("dates-pattern-year") };
  return [...format.order].map((c) => names[c]).join(format.sep);
}

/** A day written the locale's way: "2027-01-11" → "11.01.2027" (de), "01/11/2027" (en-US). */
export function formatDate(iso: string, format: DateFormat): string {
  if (!isIsoDate(iso)) return iso;
  const [y, m, d] = partsOf(iso);
  const values: Record<string, string> = { D: pad(d), M: pad(m), Y: pad(y, 4) };
  return [...format.order].map((c) => values[c]).join(format.sep);
}

export interface ParseOptions {
  /** Accept two-digit years ("11.01.27" → 2027). Off while someone is still typing the year. */
  shortYears?: boolean;
}

function fullYear(text: string, shortYears: boolean): number | null {
  if (text.length === 4) return Number(text);
  if (text.length === 2 && shortYears) return 2000 + Number(text);
  return null;
}

function fromParts(order: DateOrder, parts: string[], shortYears: boolean): string | null {
  const at = (c: string) => parts[order.indexOf(c)];
  const yearText = at("Y");
  const year = fullYear(yearText, shortYears);
  if (year === null) return null;
  if (at("D").length > 2 || at("M").length > 2) return null;
  return isoOf(year, Number(at("M")), Number(at("D")));
}

/**
 * Reads a typed day: ISO ("2027-01-11", also with "/" or "."), the locale's own order ("11.01.2027" in
 * Germany, "01/11/2027" in the US), or the same digits without separators ("11012027", "20270111").
 * Answers "YYYY-MM-DD", or null when the text is not a real day. Empty text is null too.
 */
export function parseDate(text: string, format: DateFormat, options: ParseOptions = {}): string | null {
  const shortYears = options.shortYears ?? true;
  const trimmed = text.trim().replace(/[./\-\s]+$/, "");
  if (!trimmed) return null;

  const separated = trimmed.split(/\s*[./\-\s]\s*/);
  if (separated.length === 3 && separated.every((p) => /^\d+$/.test(p))) {
    // A four-digit first part can only be a year: ISO, whatever the locale.
    if (separated[0].length === 4) return fromParts("YMD", separated, false);
    return fromParts(format.order, separated, shortYears);
  }

  if (/^\d{8}$/.test(trimmed)) {
    const split = (order: DateOrder) => {
      const sizes: Record<string, number> = { D: 2, M: 2, Y: 4 };
      const parts: string[] = [];
      let at = 0;
      for (const c of order) {
        parts.push(trimmed.slice(at, at + sizes[c]));
        at += sizes[c];
      }
      return parts;
    };
    return fromParts(format.order, split(format.order), false) ?? fromParts("YMD", split("YMD"), false);
  }
  if (shortYears && /^\d{6}$/.test(trimmed) && format.order !== "YMD") {
    const parts = [trimmed.slice(0, 2), trimmed.slice(2, 4), trimmed.slice(4, 6)];
    const order = format.order === "DMY" ? "DMY" : "MDY";
    return fromParts(order, parts, true);
  }
  return null;
}

/** The day `n` days after `iso` (before, for a negative n). */
export function addDays(iso: string, n: number): string {
  const [y, m, d] = partsOf(iso);
  const date = new Date(Date.UTC(y, m - 1, d + n));
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The same day `n` months later, kept inside the month: 31 Jan + 1 month → 28 (or 29) Feb. */
export function addMonths(iso: string, n: number): string {
  const [y, m, d] = partsOf(iso);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

/** `iso` moved inside [min, max]; an empty or invalid bound is no bound. */
export function clampDate(iso: string, min?: string | null, max?: string | null): string {
  if (isIsoDate(min) && iso < min) return min;
  if (isIsoDate(max) && iso > max) return max;
  return iso;
}

export type StepKey = "ArrowUp" | "ArrowDown" | "PageUp" | "PageDown";

/**
 * What a key does to the day: ArrowUp/ArrowDown one day later/earlier (a week with Shift), PageUp/PageDown
 * one month (a year with Shift). Null for any other key.
 */
export function stepFor(key: string, shift: boolean): { days: number } | { months: number } | null {
  switch (key) {
    case "ArrowUp":
      return { days: shift ? 7 : 1 };
    case "ArrowDown":
      return { days: shift ? -7 : -1 };
    case "PageUp":
      return { months: shift ? 12 : 1 };
    case "PageDown":
      return { months: shift ? -12 : -1 };
    default:
      return null;
  }
}

/**
 * The day a step key moves to from `current` (or from `today` when the field is empty), kept within
 * [min, max]. Null when the key is no step key.
 */
export function stepDate(
  current: string | null,
  key: string,
  shift: boolean,
  today: string,
  min?: string | null,
  max?: string | null,
): string | null {
  const step = stepFor(key, shift);
  if (!step) return null;
  if (!isIsoDate(current)) return clampDate(today, min, max);
  const moved = "days" in step ? addDays(current, step.days) : addMonths(current, step.months);
  return clampDate(moved, min, max);
}

/** Why a day is outside [min, max], as the field says it, or "" when it fits. */
export function rangeError(iso: string, min: string | null | undefined, max: string | null | undefined, show: (iso: string) => string): string {
  if (isIsoDate(min) && iso < min) return t("dates-choose-later", { date: show(min) });
  if (isIsoDate(max) && iso > max) return t("dates-choose-earlier", { date: show(max) });
  return "";
}
