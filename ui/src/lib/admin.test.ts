import { describe, expect, it } from "vitest";
import type { AdminUser_Serialize } from "./bindings";
import { adminTab, confirmQuestion, isDestructive, matchesPerson, offeredActions, outcomeText, statusLabel, statusTone } from "./admin";

const emma: AdminUser_Serialize = {
  id: "00u1",
  status: "ACTIVE",
  login: "employee@acme.test",
  email: "employee@acme.test",
  first_name: "Emma",
  last_name: "Fischer",
  department: "Engineering",
  title: "Developer",
  last_login: null,
  status_changed: null,
  actions: ["suspend", "deactivate", "reset_password"],
};

describe("lifecycle buttons", () => {
  it("offers what the server allows, deactivation last", () => {
    expect(offeredActions(emma.actions)).toEqual(["reset_password", "suspend", "deactivate"]);
    expect(offeredActions(["deactivate", "unsuspend"])).toEqual(["unsuspend", "deactivate"]);
    expect(offeredActions([])).toEqual([]);
    expect(offeredActions(emma.actions, true)).toEqual(["reset_password"]);
  });
  it("asks before anything that signs someone out or stops their password", () => {
    expect(isDestructive("suspend")).toBe(true);
    expect(isDestructive("deactivate")).toBe(true);
    expect(isDestructive("reset_password")).toBe(true);
    expect(isDestructive("unsuspend")).toBe(false);
    expect(isDestructive("activate")).toBe(false);
    expect(confirmQuestion("suspend", emma)).toMatch(/^Suspend Emma Fischer\? .*signed out/);
  });
  it("says what happened, and that there is a link to hand over", () => {
    const suspended = { ...emma, status: "SUSPENDED" as const };
    expect(outcomeText("suspend", emma, { user: suspended, link: null })).toBe("Suspend: Emma Fischer — status now Suspended");
    expect(outcomeText("reset_password", emma, { user: null, link: "https://x/set-password?token=t" })).toContain("one-time link");
  });
});

describe("statuses and search", () => {
  it("names and colours every status", () => {
    expect(statusLabel("DEPROVISIONED")).toBe("Deactivated");
    expect(statusTone("ACTIVE")).toBe("success");
    expect(statusTone("SUSPENDED")).toBe("warning");
    expect(statusLabel("LOCKED_OUT")).toBe("Locked out");
  });
  it("finds people by name, login, email or department", () => {
    expect(matchesPerson(emma, "fisch")).toBe(true);
    expect(matchesPerson(emma, "ENGINEER")).toBe(true);
    expect(matchesPerson(emma, "  ")).toBe(true);
    expect(matchesPerson(emma, "payroll")).toBe(false);
  });
  it("reads the tab from the route, People by default", () => {
    expect(adminTab("origins")).toBe("origins");
    expect(adminTab(null)).toBe("people");
    expect(adminTab("nonsense")).toBe("people");
  });
});
