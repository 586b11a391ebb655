import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  clampDate,
  formatDate,
  isIsoDate,
  isoOf,
  localeDateFormat,
  parseDate,
  patternOf,
  rangeError,
  stepDate,
  type DateFormat,
} from "./dates";

const DE: DateFormat = { order: "DMY", sep: "." };
const US: DateFormat = { order: "MDY", sep: "/" };
const ISO: DateFormat = { order: "YMD", sep: "-" };

describe("calendar days", () => {
  it("knows real days from impossible ones", () => {
    expect(isoOf(2027, 1, 11)).toBe("2027-01-11");
    expect(isoOf(2027, 2, 29)).toBeNull();
    expect(isoOf(2028, 2, 29)).toBe("2028-02-29");
    expect(isoOf(2027, 4, 31)).toBeNull();
    expect(isoOf(2027, 13, 1)).toBeNull();
    expect(isoOf(2027, 0, 1)).toBeNull();
    expect(isIsoDate("2027-01-11")).toBe(true);
    expect(isIsoDate("2027-1-11")).toBe(false);
    expect(isIsoDate("2027-02-30")).toBe(false);
    expect(isIsoDate("")).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});

describe("the locale's way of writing a day", () => {
  it("reads the order and separator from Intl", () => {
    expect(localeDateFormat("de-DE")).toEqual({ order: "DMY", sep: "." });
    expect(localeDateFormat("en-US")).toEqual({ order: "MDY", sep: "/" });
    expect(localeDateFormat("en-GB")).toEqual({ order: "DMY", sep: "/" });
    expect(localeDateFormat("sv-SE")).toEqual({ order: "YMD", sep: "-" });
  });
  it("falls back to ISO for a locale Intl cannot read", () => {
    expect(localeDateFormat("not a locale!")).toEqual(ISO);
  });
  it("shows the pattern and formats days with it", () => {
    expect(patternOf(DE)).toBe("DD.MM.YYYY");
    expect(patternOf(US)).toBe("MM/DD/YYYY");
    expect(patternOf(ISO)).toBe("YYYY-MM-DD");
    expect(formatDate("2027-01-11", DE)).toBe("11.01.2027");
    expect(formatDate("2027-01-11", US)).toBe("01/11/2027");
    expect(formatDate("2027-01-11", ISO)).toBe("2027-01-11");
    expect(formatDate("garbage", DE)).toBe("garbage");
  });
});

describe("parsing what someone typed", () => {
  it("always understands ISO, whatever the locale", () => {
    for (const format of [DE, US, ISO]) {
      expect(parseDate("2027-01-11", format)).toBe("2027-01-11");
      expect(parseDate(" 2027/1/11 ", format)).toBe("2027-01-11");
      expect(parseDate("20270111", format)).toBe("2027-01-11");
    }
  });
  it("reads the locale's own order", () => {
    expect(parseDate("11.01.2027", DE)).toBe("2027-01-11");
    expect(parseDate("11/1/2027", DE)).toBe("2027-01-11");
    expect(parseDate("11.01.2027.", DE)).toBe("2027-01-11");
    expect(parseDate("01/11/2027", US)).toBe("2027-01-11");
    expect(parseDate("11012027", DE)).toBe("2027-01-11");
    expect(parseDate("01112027", US)).toBe("2027-01-11");
  });
  it("takes two-digit years only when asked to (not while the year is still being typed)", () => {
    expect(parseDate("11.01.27", DE)).toBe("2027-01-11");
    expect(parseDate("110127", DE)).toBe("2027-01-11");
    expect(parseDate("11.01.27", DE, { shortYears: false })).toBeNull();
    expect(parseDate("11.01.202", DE)).toBeNull();
  });
  it("refuses what is not a real day", () => {
    expect(parseDate("", DE)).toBeNull();
    expect(parseDate("   ", DE)).toBeNull();
    expect(parseDate("tomorrow", DE)).toBeNull();
    expect(parseDate("31.04.2027", DE)).toBeNull();
    expect(parseDate("13/13/2027", US)).toBeNull();
    expect(parseDate("2027-02-29", DE)).toBeNull();
    expect(parseDate("11.01", DE)).toBeNull();
    expect(parseDate("1.2.3.4", DE)).toBeNull();
    expect(parseDate("111.01.2027", DE)).toBeNull();
  });
});

describe("stepping with the keyboard", () => {
  it("adds days and months across month and year ends", () => {
    expect(addDays("2027-01-31", 1)).toBe("2027-02-01");
    expect(addDays("2027-01-01", -1)).toBe("2026-12-31");
    expect(addDays("2027-03-28", 7)).toBe("2027-04-04");
    expect(addMonths("2027-01-31", 1)).toBe("2027-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2027-01-15", -1)).toBe("2026-12-15");
    expect(addMonths("2027-12-15", 1)).toBe("2028-01-15");
    expect(addMonths("2027-06-15", -12)).toBe("2026-06-15");
  });
  it("keeps days inside the bounds", () => {
    expect(clampDate("2027-01-01", "2027-02-01", null)).toBe("2027-02-01");
    expect(clampDate("2027-03-01", null, "2027-02-01")).toBe("2027-02-01");
    expect(clampDate("2027-01-15", "", "")).toBe("2027-01-15");
  });
  it("maps keys: arrows a day (Shift a week), Page Up/Down a month (Shift a year)", () => {
    const today = "2027-01-11";
    expect(stepDate("2027-01-11", "ArrowUp", false, today)).toBe("2027-01-12");
    expect(stepDate("2027-01-11", "ArrowDown", false, today)).toBe("2027-01-10");
    expect(stepDate("2027-01-11", "ArrowUp", true, today)).toBe("2027-01-18");
    expect(stepDate("2027-01-11", "ArrowDown", true, today)).toBe("2027-01-04");
    expect(stepDate("2027-01-11", "PageUp", false, today)).toBe("2027-02-11");
    expect(stepDate("2027-01-11", "PageDown", false, today)).toBe("2026-12-11");
    expect(stepDate("2027-01-11", "PageUp", true, today)).toBe("2028-01-11");
    expect(stepDate("2027-01-11", "Enter", false, today)).toBeNull();
  });
  it("starts an empty field from today, within the bounds", () => {
    expect(stepDate(null, "ArrowUp", false, "2027-01-11")).toBe("2027-01-11");
    expect(stepDate("", "PageDown", false, "2027-01-11", "2027-03-01")).toBe("2027-03-01");
    expect(stepDate("2027-03-01", "ArrowDown", false, "2027-01-11", "2027-03-01")).toBe("2027-03-01");
    expect(stepDate("2027-03-31", "PageUp", false, "2027-01-11", null, "2027-04-15")).toBe("2027-04-15");
  });
});

describe("range messages", () => {
  const show = (iso: string) => formatDate(iso, DE);
  it("says which bound a day breaks", () => {
    expect(rangeError("2027-01-01", "2027-01-11", null, show)).toBe("Choose 11.01.2027 or later.");
    expect(rangeError("2027-02-01", null, "2027-01-11", show)).toBe("Choose 11.01.2027 or earlier.");
    expect(rangeError("2027-01-11", "2027-01-11", "2027-01-11", show)).toBe("");
  });
});
