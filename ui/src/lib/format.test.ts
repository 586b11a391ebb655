import { afterEach, describe, expect, it } from "vitest";
import { useLanguage } from "./i18n.svelte";
import {
  addDays,
  addMonths,
  asOf,
  formatLongDay,
  formatCount,
  formatAccuracy,
  formatDay,
  formatDayRange,
  formatDistance,
  formatDuration,
  formatMoney,
  formatMonth,
  formatTime,
  formatDateTime,
  dayIn,
  humanize,
  initials,
  minutesBetween,
  normalClock,
  parseDay,
  plural,
  relativeTime,
  toDay,
  toMonth,
  workingDays,
} from "./format";

describe("formatDistance", () => {
  it("shows metres under a kilometre", () => {
    expect(formatDistance(12.4)).toBe("12 m");
    expect(formatDistance(0)).toBe("0 m");
    expect(formatDistance(999.4)).toBe("999 m");
  });
  it("shows one decimal for a few kilometres and whole ones beyond", () => {
    expect(formatDistance(1234)).toBe("1.2 km");
    expect(formatDistance(2000)).toBe("2 km");
    expect(formatDistance(877456)).toBe("877 km");
    expect(formatDistance(1_234_567)).toBe("1,235 km");
  });
  it("never says 10.0 km or a negative distance", () => {
    expect(formatDistance(9990)).toBe("10 km");
    expect(formatDistance(-5)).toBe("0 m");
  });
  it("shows a dash when unknown", () => {
    expect(formatDistance(null)).toBe("—");
    expect(formatDistance(undefined)).toBe("—");
    expect(formatDistance(Number.NaN)).toBe("—");
  });
  it("formats accuracy with a ±", () => {
    expect(formatAccuracy(8)).toBe("±8 m");
    expect(formatAccuracy(null)).toBe("");
  });
});

describe("durations", () => {
  it("formats minutes as hours and minutes", () => {
    expect(formatDuration(0)).toBe("0 min");
    expect(formatDuration(45)).toBe("45 min");
    expect(formatDuration(60)).toBe("1 h");
    expect(formatDuration(465)).toBe("7 h 45 min");
    expect(formatDuration(null)).toBe("—");
  });
  it("counts whole minutes between instants", () => {
    expect(minutesBetween("2025-11-03T08:00:00Z", "2025-11-03T16:30:59Z")).toBe(510);
    expect(minutesBetween("2025-11-03T10:00:00Z", "2025-11-03T09:00:00Z")).toBe(0);
    expect(minutesBetween("nonsense", "2025-11-03T09:00:00Z")).toBe(0);
  });
});

describe("formatMoney", () => {
  it("groups thousands and keeps the exact cents", () => {
    expect(formatMoney("4250.00", "EUR")).toBe("€4,250.00");
    expect(formatMoney("1234567.89", "USD")).toBe("$1,234,567.89");
    expect(formatMoney("0.5", "GBP")).toBe("£0.50");
    expect(formatMoney("12", "EUR")).toBe("€12.00");
  });
  it("does not lose precision through floating point", () => {
    expect(formatMoney("90071992547409.99", "EUR")).toBe("€90,071,992,547,409.99");
    expect(formatMoney("0.125", "EUR")).toBe("€0.125");
  });
  it("puts unknown currencies after the amount and handles negatives", () => {
    expect(formatMoney("4250.00", "CHF")).toBe("4,250.00 CHF");
    expect(formatMoney("-12.50", "USD")).toBe("−$12.50");
    expect(formatMoney("007.10", "")).toBe("7.10");
  });
  it("passes through what it cannot read", () => {
    expect(formatMoney("n/a", "EUR")).toBe("n/a EUR");
    expect(formatMoney(null, "EUR")).toBe("—");
  });
});

describe("dates and times", () => {
  it("shows local wall-clock time of a UTC instant", () => {
    const iso = new Date(2025, 10, 3, 9, 5).toISOString();
    expect(formatTime(iso)).toBe("09:05");
    expect(formatTime(null)).toBe("—");
    expect(formatTime("garbage")).toBe("—");
  });
  it("reads calendar days as local dates, never shifted by UTC", () => {
    const d = parseDay("2025-11-03");
    expect([d.getFullYear(), d.getMonth(), d.getDate()]).toEqual([2025, 10, 3]);
    expect(toDay(d)).toBe("2025-11-03");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2025-03-01", -1)).toBe("2025-02-28");
  });
  it("names the working day in the company's time zone", () => {
    const lateEveningInNewYork = new Date("2025-11-04T03:30:00Z");
    expect(dayIn("America/New_York", lateEveningInNewYork)).toBe("2025-11-03");
    expect(dayIn("Europe/Berlin", lateEveningInNewYork)).toBe("2025-11-04");
    expect(dayIn("Asia/Tokyo", new Date("2025-12-31T15:30:00Z"))).toBe("2026-01-01");
    expect(dayIn("Not/AZone", lateEveningInNewYork)).toBe(toDay(lateEveningInNewYork));
    expect(dayIn(null, lateEveningInNewYork)).toBe(toDay(lateEveningInNewYork));
  });
  it("formats days and ranges", () => {
    expect(formatDay("2025-11-03", 2025)).toBe("Mon, 3 Nov");
    expect(formatDay("2025-11-03", 2026)).toBe("Mon, 3 Nov 2025");
    expect(formatDayRange("2025-11-03", "2025-11-07")).toBe("3–7 Nov 2025");
    expect(formatDayRange("2025-11-28", "2025-12-02")).toBe("28 Nov – 2 Dec 2025");
    expect(formatDayRange("2025-12-29", "2026-01-02")).toBe("29 Dec 2025 – 2 Jan 2026");
    expect(formatDayRange("2025-11-03", "2025-11-03")).toBe("3 Nov 2025");
  });
  it("names today and yesterday", () => {
    const now = new Date(2025, 10, 5, 12, 0);
    expect(formatDateTime(new Date(2025, 10, 5, 9, 30).toISOString(), now)).toBe("Today, 09:30");
    expect(formatDateTime(new Date(2025, 10, 4, 17, 0).toISOString(), now)).toBe("Yesterday, 17:00");
    expect(formatDateTime(new Date(2025, 10, 3, 8, 0).toISOString(), now)).toBe("Mon, 3 Nov, 08:00");
  });
  it("says how long ago", () => {
    const now = Date.parse("2025-11-05T12:00:00Z");
    expect(relativeTime("2025-11-05T11:59:40Z", now)).toBe("just now");
    expect(relativeTime("2025-11-05T11:48:00Z", now)).toBe("12 min ago");
    expect(relativeTime("2025-11-05T09:00:00Z", now)).toBe("3 h ago");
    expect(relativeTime("2025-11-04T10:00:00Z", now)).toBe("yesterday");
    expect(relativeTime("2025-11-02T12:00:00Z", now)).toBe("3 days ago");
    expect(relativeTime(null, now)).toBe("");
    expect(asOf("2025-11-05T11:48:00Z", now)).toBe("As of 12 min ago");
    expect(asOf("2025-11-05T12:00:00Z", now)).toBe("Updated just now");
    expect(asOf(null, now)).toBe("");
  });
  it("steps through months", () => {
    expect(toMonth(new Date(2025, 0, 31))).toBe("2025-01");
    expect(addMonths("2025-01", -1)).toBe("2024-12");
    expect(addMonths("2025-12", 1)).toBe("2026-01");
    expect(formatMonth("2025-11")).toBe("November 2025");
  });
});

describe("words", () => {
  it("pluralises", () => {
    expect(plural(1, "day")).toBe("1 day");
    expect(plural(3, "day")).toBe("3 days");
    expect(workingDays(1)).toBe("1 working day");
    expect(workingDays(5)).toBe("5 working days");
    expect(workingDays(0)).toBe("0 working days");
  });
  it("makes initials and readable labels", () => {
    expect(initials("Ana Maria Lopez")).toBe("AL");
    expect(initials("Cher")).toBe("C");
    expect(initials("")).toBe("?");
    expect(humanize("step_approved")).toBe("Step approved");
    expect(humanize("laptop")).toBe("Laptop");
  });
});

describe("normalClock", () => {
  it("reads a clock time however it was typed", () => {
    expect(normalClock("9:05")).toBe("09:05");
    expect(normalClock(" 17:30 ")).toBe("17:30");
    expect(normalClock("0905")).toBe("09:05");
    expect(normalClock("9.05")).toBe("09:05");
    expect(normalClock("24:00")).toBeNull();
    expect(normalClock("9:5")).toBeNull();
    expect(normalClock("")).toBeNull();
  });
});

describe("formats in the language on screen", () => {
  afterEach(() => useLanguage("en"));

  it("writes German money, durations, days and months as Germans do", async () => {
    await useLanguage("de");
    expect(formatMoney("4250.00", "EUR")).toBe("4.250,00\u00a0€");
    expect(formatMoney("-12.5", "USD")).toBe("-12,50\u00a0$");
    expect(formatDuration(465)).toBe("7 Std. 45 Min.");
    expect(formatMonth("2025-11")).toBe("November 2025");
    expect(formatLongDay("2025-11-03")).toBe("3. Nov. 2025");
    expect(formatDistance(1234)).toBe("1,2 km");
    expect(workingDays(1)).toBe("1 Arbeitstag");
  });

  it("writes Arabic with its own digits and words", async () => {
    await useLanguage("ar");
    const money = formatMoney("4250.00", "AED");
    expect(money).toMatch(/٤٬?٢٥٠٫٠٠|4,250.00/);
    expect(formatMonth("2025-11")).toContain("نوفمبر");
    expect(workingDays(2)).toBe("يوما عمل");
  });
});

describe("counts", () => {
  afterEach(() => useLanguage("en"));
  it("are written in the language's digits", async () => {
    expect(formatCount(21)).toBe("21");
    expect(formatCount("18.5")).toBe("18.5");
    expect(formatCount(null)).toBe("—");
    await useLanguage("de");
    expect(formatCount("18.5")).toBe("18,5");
    expect(formatCount(1234)).toBe("1.234");
  });
});
