import { describe, expect, it } from "vitest";
import { EMPTY_SHIFT_FORM, assignmentSpan, graceText, isOvernight, minutesText, newShift, shiftChanges, shiftFormOf, shiftHours, sortShifts } from "./shifts";

const day = { name: "HQ day", starts_at: "09:00", ends_at: "17:30", overnight: false, late_grace_minutes: 15, early_grace_minutes: 10, auto_close_after_minutes: 120, retired: false };
const night = { ...day, name: "Night", starts_at: "22:00", ends_at: "06:00", overnight: true, late_grace_minutes: 0, early_grace_minutes: 0, auto_close_after_minutes: 90 };

describe("shifts in words", () => {
  it("give their hours, an overnight one ending the next day", () => {
    expect(shiftHours(day)).toBe("09:00–17:30");
    expect(shiftHours(night)).toBe("22:00–06:00 next day");
    expect(isOvernight("22:00", "06:00")).toBe(true);
    expect(isOvernight("09:00", "09:00")).toBe(true);
    expect(isOvernight("09:00", "17:00")).toBe(false);
    expect(isOvernight("09:00", "")).toBe(false);
    expect(isOvernight("22:00", "6:00")).toBe(true);
  });

  it("explain their graces", () => {
    expect(graceText(day)).toBe("Late after 15 min · leaving early more than 10 min before the end · forgotten check-outs closed 2 h after the end");
    expect(graceText(night)).toBe("Late from the start · leaving early before the end · forgotten check-outs closed 1 h 30 min after the end");
    expect(minutesText(45)).toBe("45 min");
    expect(minutesText(0)).toBe("0 min");
  });

  it("list those in use first, by start", () => {
    const list = [{ attributes: { ...day, retired: true } }, { attributes: night }, { attributes: { ...day, name: "Early", starts_at: "07:00" } }];
    expect(sortShifts(list).map((s) => s.attributes.name)).toEqual(["Early", "Night", "HQ day"]);
  });

  it("say an assignment's days", () => {
    const format = (d: string) => d;
    expect(assignmentSpan("2026-11-20", null, format)).toBe("From 2026-11-20");
    expect(assignmentSpan("2026-11-20", "2026-11-30", format)).toBe("2026-11-20 – 2026-11-30");
    expect(assignmentSpan("2026-11-20", null, format, true)).toBe("from 2026-11-20");
  });
});

describe("the shift form", () => {
  it("sends a new shift with its minutes as numbers, an empty one left to the server", () => {
    expect(newShift({ ...EMPTY_SHIFT_FORM, name: " Late ", startsAt: "13:00", endsAt: "21:30", earlyGrace: "" })).toEqual({
      name: "Late",
      starts_at: "13:00",
      ends_at: "21:30",
      late_grace_minutes: 10,
      early_grace_minutes: null,
      auto_close_after_minutes: 120,
    });
    // What is not a number goes as it is, for the server to refuse beside the field.
    expect(Number.isNaN(newShift({ ...EMPTY_SHIFT_FORM, lateGrace: "ten" }).late_grace_minutes)).toBe(true);
  });

  it("sends only what changed of a shift", () => {
    expect(shiftChanges(day, shiftFormOf(day))).toBeNull();
    expect(shiftChanges(day, { ...shiftFormOf(day), endsAt: "18:00", lateGrace: "5" })).toEqual({ ends_at: "18:00", late_grace_minutes: 5 });
    expect(shiftChanges(day, { ...shiftFormOf(day), startsAt: "9:00" })).toBeNull();
  });
});
