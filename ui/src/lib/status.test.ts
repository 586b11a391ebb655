import { describe, expect, it } from "vitest";
import { describeOutcome, errorText, fieldErrors, isOffline, offlineMessage, refusalScreen, refusalTitle, syncLabel } from "./status";

describe("describeOutcome", () => {
  it("says Saved when synced", () => {
    const n = describeOutcome({ state: "synced" }, "Checked in at 09:02");
    expect(n.tone).toBe("success");
    expect(n.title).toContain("Checked in");
    expect(n.title).toContain("Saved");
  });
  it("says it will sync when queued", () => {
    const n = describeOutcome({ state: "queued", message: "connection refused" }, "Checked in at 09:02");
    expect(n.tone).toBe("info");
    expect(n.title).toContain("Saved on this device — will sync when online");
    expect(n.detail).toContain("connection refused");
  });
  it("gives the server's reason when rejected", () => {
    const n = describeOutcome({ state: "rejected", message: "You are 877 km from HQ" }, "Checked in");
    expect(n.tone).toBe("error");
    expect(n.title).toContain("You are 877 km from HQ");
    expect(n.title).not.toContain("Checked in");
  });
});

describe("offline banner", () => {
  it("shows when the last contact failed or the session ended", () => {
    expect(isOffline(null)).toBe(false);
    expect(isOffline({ last_error: null, needs_login: false })).toBe(false);
    expect(isOffline({ last_error: "  ", needs_login: false })).toBe(false);
    expect(isOffline({ last_error: "connection refused", needs_login: false })).toBe(true);
    expect(isOffline({ last_error: null, needs_login: true })).toBe(true);
    expect(isOffline(null, true)).toBe(true);
  });
  it("asks for a sign-in when the session ended", () => {
    expect(offlineMessage({ needs_login: true }, 2).title).toMatch(/sign in again/i);
    expect(offlineMessage({ needs_login: true }, 2).detail).toContain("2 changes");
  });
  it("gives the server's reason when an administrator ended the session", () => {
    const notice = offlineMessage({ needs_login: true, signed_out_reason: "Your account has been suspended." }, 0);
    expect(notice.title).toBe("Your account has been suspended — sign in again to sync.");
  });
  it("counts what waits", () => {
    expect(offlineMessage({ last_error: "x" }, 1).detail).toContain("1 change saved here");
    expect(offlineMessage({ last_error: "x" }, 0).detail).toMatch(/saved here/);
  });
  it("labels the sync indicator", () => {
    expect(syncLabel(0, false)).toBe("Everything is synced");
    expect(syncLabel(3, true)).toBe("3 changes waiting to sync (offline)");
    expect(syncLabel(1, false)).toBe("1 change waiting to sync");
  });
});

describe("errorText", () => {
  it("uses the message, with context for unreachable servers", () => {
    expect(errorText({ kind: "rejected", message: "These credentials do not match our records." })).toBe(
      "These credentials do not match our records.",
    );
    expect(errorText({ kind: "unreachable", message: "connection refused" })).toBe("Can't reach the server: connection refused");
    expect(errorText({ kind: "internal", message: "" })).toBe("Something went wrong.");
    expect(errorText(null)).toBe("Something went wrong.");
  });
});

describe("refusals", () => {
  const time = (iso: string) => iso.slice(11, 16);
  const range = (start: string, end: string) => `${start}–${end}`;
  const checkIn = { operation: { kind: "check_in" }, recorded_at: "2026-12-07T08:02:00Z" };
  const request = { operation: { kind: "submit_leave", start_date: "2027-01-11", end_date: "2027-01-15" }, recorded_at: null };

  it("are shown on the screen of the thing refused", () => {
    expect(refusalScreen(checkIn)).toBe("today");
    expect(refusalScreen({ operation: { kind: "check_out" }, recorded_at: null })).toBe("today");
    expect(refusalScreen(request)).toBe("leave");
    expect(refusalScreen({ operation: { kind: "cancel_leave" }, recorded_at: null })).toBe("leave");
    expect(refusalScreen({ operation: { kind: "act_on_leave", approve: false }, recorded_at: null })).toBe("approvals");
    expect(refusalScreen({ operation: { kind: "request_correction", date: "2026-12-07" }, recorded_at: null })).toBe("attendance");
    expect(refusalScreen({ operation: { kind: "decide_correction", approve: true }, recorded_at: null })).toBe("approvals");
  });

  it("name what was refused as the user knows it", () => {
    expect(refusalTitle(checkIn, time, range)).toBe("Your check-in at 08:02 was not accepted");
    expect(refusalTitle(request, time, range)).toBe("Your leave request for 2027-01-11–2027-01-15 was not accepted");
    expect(refusalTitle({ operation: { kind: "act_on_leave", approve: false }, recorded_at: null }, time, range)).toBe(
      "Your rejection was not accepted",
    );
    expect(refusalTitle({ operation: { kind: "request_correction", date: "2026-12-07" }, recorded_at: null }, time, range)).toBe(
      "Your correction for 2026-12-07–2026-12-07 was not accepted",
    );
    expect(refusalTitle({ operation: { kind: "decide_correction", approve: true }, recorded_at: null }, time, range)).toBe(
      "Your approval of a punch correction was not accepted",
    );
  });

  it("are counted by the sync indicator before anything else", () => {
    expect(syncLabel(0, false, 1)).toBe("1 change was refused by the server");
    expect(syncLabel(2, false, 2)).toBe("2 changes were refused by the server; 2 changes waiting to sync");
    expect(syncLabel(0, false, 0)).toBe("Everything is synced");
  });

  it("a request taken back before it was sent says nothing reached the server", () => {
    expect(describeOutcome({ state: "withdrawn" }, "Request cancelled").title).toContain("never reached the server");
  });
});

describe("fieldErrors", () => {
  it("gives each field's first message of a refusal, under the form's names", () => {
    const error = {
      kind: "rejected" as const,
      message: "The date has already been taken. (and 1 more error)",
      errors: { date: ["The date has already been taken.", "second"], branch_id: ["The selected branch id is invalid."] },
    };
    expect(fieldErrors(error, { branch_id: "branch" })).toEqual({
      date: "The date has already been taken.",
      branch: "The selected branch id is invalid.",
    });
    expect(fieldErrors(error)).toEqual({ date: "The date has already been taken.", branch_id: "The selected branch id is invalid." });
  });
  it("is empty for anything but a refusal with errors", () => {
    expect(fieldErrors({ kind: "rejected", message: "Forbidden", errors: {} })).toEqual({});
    expect(fieldErrors({ kind: "unreachable", message: "down" })).toEqual({});
    expect(fieldErrors(null)).toEqual({});
  });
});
