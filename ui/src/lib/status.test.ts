import { describe, expect, it } from "vitest";
import { describeOutcome, errorText, isOffline, offlineMessage, syncLabel } from "./status";

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
