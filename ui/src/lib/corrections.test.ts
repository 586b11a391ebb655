import { describe, expect, it } from "vitest";
import {
  autoClosedText,
  clockOf,
  correctable,
  correctionRequest,
  correctionStatus,
  endsNextDay,
  formOf,
  instantOf,
  needsAttention,
  originalsText,
  pendingCorrectionOf,
  recordNote,
  splitInbox,
  timeChange,
} from "./corrections";

/** An instant at a local wall-clock time, so the tests read the same in every time zone. */
const at = (day: string, time: string) => {
  const [y, m, d] = day.split("-").map(Number);
  const [h, min, s = 0] = time.split(":").map(Number);
  return new Date(y, m - 1, d, h, min, s).toISOString();
};

const open = { key: "41", date: "2026-11-20", check_in_at: at("2026-11-20", "08:58:30"), check_out_at: null, pending: false, record: null };
const closed = { ...open, key: "42", check_out_at: at("2026-11-20", "17:31") };

describe("the correction form", () => {
  it("opens with the record's times, an open record's check-out empty", () => {
    expect(formOf(open)).toEqual({ checkIn: "08:58", checkOut: "", reason: "" });
    expect(formOf(closed)).toEqual({ checkIn: "08:58", checkOut: "17:31", reason: "" });
    expect(clockOf(null)).toBe("");
  });

  it("sends only the times that changed, on the record's day", () => {
    const forgotten = correctionRequest(open, { checkIn: "08:58", checkOut: "17:30", reason: " Forgot to check out " });
    expect(forgotten).toEqual({ record: "41", date: null, check_in_at: null, check_out_at: at("2026-11-20", "17:30"), reason: "Forgot to check out" });
    const earlier = correctionRequest(closed, { checkIn: "08:40", checkOut: "17:31", reason: "Door app" });
    expect(earlier?.check_in_at).toBe(at("2026-11-20", "08:40"));
    expect(earlier?.check_out_at).toBeNull();
  });

  it("proposes nothing when nothing changed, or a time does not read", () => {
    expect(correctionRequest(closed, { checkIn: "08:58", checkOut: "17:31", reason: "x" })).toBeNull();
    expect(correctionRequest(open, { checkIn: "08:58", checkOut: "", reason: "x" })).toBeNull();
    expect(correctionRequest(open, { checkIn: "25:00", checkOut: "", reason: "x" })).toBeNull();
    expect(instantOf("2026-11-20", "7:5")).toBeNull();
    // Typed into a plain text field, a time still reads.
    expect(correctionRequest(open, { checkIn: "8:58", checkOut: "5:30", reason: "x" })?.check_out_at).toBe(at("2026-11-21", "05:30"));
  });

  it("puts a check-out at or before the check-in on the next morning", () => {
    const night = correctionRequest({ ...open, check_in_at: at("2026-11-20", "22:00") }, { checkIn: "22:00", checkOut: "06:00", reason: "Night shift" });
    expect(night?.check_out_at).toBe(at("2026-11-21", "06:00"));
    expect(endsNextDay({ checkIn: "22:00", checkOut: "06:00" })).toBe(true);
    expect(endsNextDay({ checkIn: "09:00", checkOut: "17:00" })).toBe(false);
    expect(endsNextDay({ checkIn: "09:00", checkOut: "" })).toBe(false);
  });
});

describe("what a record says", () => {
  it("keeps the punched times of a corrected record", () => {
    const corrected = {
      ...closed,
      record: { corrected: true, auto_closed: false, original_check_in_at: at("2026-11-20", "09:20"), original_check_out_at: null, correction_reason: "Door app" },
    };
    const note = recordNote(corrected);
    expect(note).toMatchObject({ corrected: true, originalIn: "09:20", originalOut: "", reason: "Door app", autoClosedAt: null });
    expect(originalsText(note)).toBe("Originally in 09:20, out — (no check-out)");
    expect(originalsText({ originalIn: "", originalOut: "" })).toBe("Added by a correction: nothing was punched");
  });

  it("says when the server closed it, until it is corrected", () => {
    const auto = { ...closed, record: { auto_closed: true, corrected: false } };
    expect(recordNote(auto).autoClosedAt).toBe(closed.check_out_at);
    expect(autoClosedText(closed.check_out_at)).toBe("Closed automatically at 17:31 — ask for a correction if that is wrong");
    expect(recordNote({ ...auto, record: { auto_closed: true, corrected: true } }).autoClosedAt).toBeNull();
  });

  it("can be corrected once the server has it", () => {
    expect(correctable(open)).toBe(true);
    expect(correctable({ key: "pending-7", pending: true })).toBe(false);
  });
});

describe("Today's reminders", () => {
  const corrections = [{ key: "pending-3", status: "pending", queued: true, attendance_record_id: "43" }];
  const forgotten = { ...open, key: "40", date: "2026-11-19", check_in_at: at("2026-11-19", "09:00") };
  const waiting = { ...forgotten, key: "43" };
  const auto = { ...closed, key: "44", record: { auto_closed: true, corrected: false } };

  it("point out forgotten check-outs and automatic closes, newest first", () => {
    const found = needsAttention([forgotten, open, waiting, auto, closed], corrections, "2026-11-20");
    expect(found.map((a) => [a.entry.key, a.kind])).toEqual([
      ["44", "auto_closed"],
      ["40", "forgotten"],
    ]);
  });

  it("know which record has a correction waiting", () => {
    expect(pendingCorrectionOf(waiting, corrections)?.key).toBe("pending-3");
    expect(pendingCorrectionOf(forgotten, corrections)).toBeNull();
    expect(pendingCorrectionOf(waiting, [{ ...corrections[0], status: "approved" }])).toBeNull();
  });
});

describe("corrections in lists", () => {
  it("badge their status, queued ones first as waiting to sync", () => {
    expect(correctionStatus({ status: "pending", queued: true }).label).toBe("Waiting to sync");
    expect(correctionStatus({ status: "approved", queued: true }).label).toBe("Approved · waiting to sync");
    expect(correctionStatus({ status: "pending", queued: false }).label).toBe("Waiting for a decision");
    expect(correctionStatus({ status: "rejected", queued: false })).toEqual({ label: "Rejected", tone: "danger" });
  });

  it("show each time recorded and proposed", () => {
    expect(timeChange(at("2026-11-20", "09:00"), at("2026-11-20", "08:40"))).toBe("09:00 → 08:40");
    expect(timeChange(null, at("2026-11-20", "17:30"))).toBe("— → 17:30");
    expect(timeChange(at("2026-11-20", "09:00"), null)).toBe("09:00 (kept)");
  });

  it("split the approver's list into what waits and what was just decided", () => {
    const items = [
      { key: "1", status: "pending", queued: false, decidable: true },
      { key: "2", status: "approved", queued: true, decidable: false },
      { key: "3", status: "approved", queued: false, decidable: false },
      { key: "4", status: "pending", queued: false, decidable: false },
    ];
    const { waiting, decided } = splitInbox(items);
    expect(waiting.map((c) => c.key)).toEqual(["1", "2"]);
    expect(decided.map((c) => c.key)).toEqual(["3"]);
  });
});
