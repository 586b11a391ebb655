import { describe, expect, it } from "vitest";
import { NAV, asRole, badgeCount, canSee, navFor, parseRoute, routeHash, sectionsFor, tabsFor, titleOf } from "./nav";

const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe("role-based navigation", () => {
  it("gives employees their own screens only", () => {
    expect(ids(navFor("employee"))).toEqual(["today", "attendance", "leave", "payslips", "notifications", "announcements", "assets", "settings"]);
    expect(canSee("approvals", "employee")).toBe(false);
    expect(canSee("payroll", "employee")).toBe(false);
  });
  it("adds team screens for managers, and payroll and admin for HR only", () => {
    const manager = ids(navFor("manager"));
    expect(manager).toEqual(expect.arrayContaining(["approvals", "team", "directory", "assets"]));
    expect(manager).not.toContain("payroll");
    expect(manager).not.toContain("admin");
    expect(manager).not.toContain("hr");
    expect(ids(navFor("hr"))).toEqual(expect.arrayContaining(["payroll", "admin", "hr", "leave-policy"]));
    expect(canSee("leave-policy", "manager")).toBe(false);
    expect(ids(navFor("hr"))).toContain("pay-setup");
    expect(ids(navFor("hr")).indexOf("pay-setup")).toBe(ids(navFor("hr")).indexOf("payroll") + 1);
    expect(canSee("pay-setup", "manager")).toBe(false);
    expect(canSee("hr", "employee")).toBe(false);
  });
  it("treats an unknown role as an employee", () => {
    expect(asRole("hr")).toBe("hr");
    expect(asRole("admin")).toBe("employee");
    expect(asRole(undefined)).toBe("employee");
  });
  it("keeps every screen reachable on a phone: tabs plus More", () => {
    for (const role of ["employee", "manager", "hr"] as const) {
      const { tabs, more } = tabsFor(role);
      expect(tabs.length).toBeLessThanOrEqual(4);
      expect(ids(tabs)).toContain("notifications");
      expect([...ids(tabs), ...ids(more)].sort()).toEqual(ids(navFor(role)).sort());
    }
    expect(ids(tabsFor("manager").tabs)).toContain("approvals");
  });
  it("groups the sidebar into sections without empty ones", () => {
    expect(sectionsFor("employee").map((s) => s.section)).toEqual(["me", "company", "account"]);
    expect(sectionsFor("hr").map((s) => s.section)).toEqual(["me", "company", "team", "account"]);
  });
});

describe("routes", () => {
  it("reads and writes hashes", () => {
    expect(parseRoute("#/payslips/12")).toEqual({ screen: "payslips", param: "12" });
    expect(parseRoute("#/leave")).toEqual({ screen: "leave", param: null });
    expect(parseRoute("")).toEqual({ screen: "today", param: null });
    expect(parseRoute("#/nowhere")).toEqual({ screen: "today", param: null });
    expect(routeHash("directory", "7")).toBe("#/directory/7");
    expect(routeHash("today")).toBe("#/today");
    expect(parseRoute(routeHash("directory", "a/b"))).toEqual({ screen: "directory", param: "a/b" });
  });
  it("titles screens", () => {
    expect(titleOf("team")).toBe("Team attendance");
    expect(titleOf("hr")).toBe("Schedules & audit");
    expect(parseRoute("#/hr/audit")).toEqual({ screen: "hr", param: "audit" });
  });
});

describe("one name per screen", () => {
  it("gives the phone tab bar the sidebar's name", () => {
    for (const item of NAV) expect(item.short, item.id).toBe(item.label);
    expect(tabsFor("employee").tabs.map((t) => t.short)).toEqual(["Today", "Attendance", "Leave", "Notifications"]);
  });
  it("titles the window and top bar with the same name", () => {
    for (const item of NAV) expect(titleOf(item.id)).toBe(item.label);
  });
});

describe("counts on navigation entries", () => {
  it("shows waiting approvals and unread notifications, nothing for 0", () => {
    expect(badgeCount("approvals", { approvals: 3 })).toBe(3);
    expect(badgeCount("approvals", { approvals: 0 })).toBe(0);
    expect(badgeCount("approvals", {})).toBe(0);
    expect(badgeCount("notifications", { unread: 2, approvals: 5 })).toBe(2);
    expect(badgeCount("leave", { unread: 2, approvals: 5 })).toBe(0);
  });
});
