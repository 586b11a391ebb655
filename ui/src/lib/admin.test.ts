import { describe, expect, it } from "vitest";
import type { AdminUser_Serialize } from "./bindings";
import {
  ALL_STATUSES,
  actionLabel,
  adminTab,
  confirmQuestion,
  hasChosenStatus,
  isDestructive,
  matchesPerson,
  offeredActions,
  outcomeText,
  recordOf,
  relatedId,
  statusChoices,
  statusLabel,
  statusTone,
} from "./admin";

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
    expect(offeredActions(["deactivate", "reactivate"])).toEqual(["reactivate", "deactivate"]);
    expect(actionLabel("reactivate")).toBe("New activation link");
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
  it("finds people by name, login, email, department or title", () => {
    expect(matchesPerson(emma, "fisch")).toBe(true);
    expect(matchesPerson(emma, "ENGINEER")).toBe(true);
    expect(matchesPerson(emma, "developer")).toBe(true);
    expect(matchesPerson(emma, "  ")).toBe(true);
    expect(matchesPerson(emma, "payroll")).toBe(false);
  });
  it("needs every word, in any order, without the accents", () => {
    expect(matchesPerson(emma, "Fischer Emma")).toBe(true);
    expect(matchesPerson(emma, "emma engineering")).toBe(true);
    expect(matchesPerson(emma, "emma sales")).toBe(false);
    const mia = { ...emma, first_name: "Mia", last_name: "Köhler", department: "Sales" };
    expect(matchesPerson(mia, "kohler")).toBe(true);
    expect(matchesPerson(mia, "MIA KÖHLER")).toBe(true);
  });
  it("reads the tab from the route, People by default", () => {
    expect(adminTab("origins")).toBe("origins");
    expect(adminTab("org-units")).toBe("org-units");
    expect(adminTab("bank")).toBe("bank");
    expect(adminTab(null)).toBe("people");
    expect(adminTab("nonsense")).toBe("people");
  });
});

describe("the status filter", () => {
  const people = [
    emma,
    { ...emma, id: "00u2", status: "SUSPENDED" as const },
    { ...emma, id: "00u3", status: "STAGED" as const },
    { ...emma, id: "00u4", status: "PROVISIONED" as const },
    { ...emma, id: "00u5", status: "ACTIVE" as const },
  ];
  it("offers All and the statuses people have, with how many have each", () => {
    expect(statusChoices(people, ALL_STATUSES).map((c) => [c.label, c.count])).toEqual([
      ["All statuses", 5],
      ["Active", 2],
      ["Staged or provisioned", 2],
      ["Suspended", 1],
    ]);
  });
  it("keeps offering the chosen status when nobody has it any more", () => {
    const choices = statusChoices([emma], "suspended");
    expect(choices.map((c) => c.id)).toEqual([ALL_STATUSES, "active", "suspended"]);
    expect(choices.find((c) => c.id === "suspended")?.count).toBe(0);
  });
  it("keeps the people whose status the choice stands for", () => {
    const kept = (chosen: string) => people.filter((p) => hasChosenStatus(p, chosen)).map((p) => p.id);
    expect(kept(ALL_STATUSES)).toEqual(["00u1", "00u2", "00u3", "00u4", "00u5"]);
    expect(kept("not-yet-active")).toEqual(["00u3", "00u4"]);
    expect(kept("suspended")).toEqual(["00u2"]);
    expect(kept("deactivated")).toEqual([]);
  });
  it("counts each choice's people the way the filter keeps them", () => {
    for (const choice of statusChoices(people, ALL_STATUSES)) {
      expect(people.filter((p) => hasChosenStatus(p, choice.id))).toHaveLength(choice.count);
    }
  });
});

describe("an account's HR record", () => {
  const record = (id: string, email: string) => ({
    type: "employees",
    id,
    attributes: { email } as { email: string } & Record<string, unknown>,
    relationships: { department: { data: { type: "departments", id: "2" } }, manager: { data: null } },
  });
  it("is found by email, whatever the case", () => {
    const records = [record("1", "hr@acme.test"), record("4", "Employee@Acme.test")] as never[];
    expect((recordOf(emma, records) as { id: string } | null)?.id).toBe("4");
    expect(recordOf({ ...emma, email: "nobody@acme.test", login: "nobody@acme.test" }, records)).toBeNull();
  });
  it("names what its relationships point at", () => {
    const r = record("4", "employee@acme.test");
    expect(relatedId(r, "department")).toBe("2");
    expect(relatedId(r, "manager")).toBe("");
    expect(relatedId(r, "branch")).toBe("");
  });
});
