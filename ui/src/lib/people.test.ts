import { describe, expect, it, vi } from "vitest";
import {
  bankRequestText,
  bankStatusLabel,
  bankStatusTone,
  branchFields,
  contactsToSave,
  coordinateText,
  copyText,
  editableContacts,
  emptyHire,
  employmentChange,
  employmentTypeLabel,
  expiresIn,
  fenceCentre,
  formatIban,
  hireMissing,
  hireRequest,
  historyText,
  isValidIban,
  newPasswordProblem,
  offboardingStatusLabel,
  openItemCount,
  openItemGroups,
  parseActivation,
  placeHireErrors,
  remember,
  remembered,
  sameContacts,
  workingDaysText,
} from "./people";

describe("hiring", () => {
  const filled = {
    ...emptyHire("2027-01-04"),
    first_name: " Jana ",
    last_name: "Novak",
    email: "jana.novak@acme.test ",
    job_title: "Developer",
    department_id: "2",
    branch_id: "1",
  };

  it("says what is still missing, in words", () => {
    expect(hireMissing(emptyHire("2027-01-04"))).toEqual(["first name", "last name", "email", "job title", "department", "branch"]);
    expect(hireMissing(filled)).toEqual([]);
    expect(hireMissing({ ...filled, own_week: true, working_days: [] })).toEqual(["working days"]);
  });

  it("sends the manager and working week only when given", () => {
    expect(hireRequest(filled)).toEqual({
      first_name: "Jana",
      last_name: "Novak",
      email: "jana.novak@acme.test",
      job_title: "Developer",
      department_id: "2",
      branch_id: "1",
      manager_id: null,
      start_date: "2027-01-04",
      employment_type: "full_time",
      working_days: null,
    });
    const own = hireRequest({ ...filled, manager_id: "7", own_week: true, working_days: [4, 1, 2] });
    expect(own.manager_id).toBe("7");
    expect(own.working_days).toEqual([1, 2, 4]);
  });

  it("places the server's errors on the form's fields", () => {
    expect(
      placeHireErrors({ email: "The email has already been taken.", "working_days.0": "Bad day.", "working_days.1": "Other.", company: "?" }),
    ).toEqual({ email: "The email has already been taken.", working_days: "Bad day.", form: "?" });
  });

  it("names employment types and working weeks", () => {
    expect(employmentTypeLabel("part_time")).toBe("Part time");
    expect(employmentTypeLabel("seasonal")).toBe("Seasonal");
    expect(workingDaysText([1, 2, 3, 4, 5])).toBe("Mon–Fri");
    expect(workingDaysText([5, 1, 2, 3])).toBe("Mon–Wed, Fri");
    expect(workingDaysText([6, 7])).toBe("Sat, Sun");
    expect(workingDaysText([])).toBe("No days");
  });

  it("says how long a link is valid", () => {
    const now = Date.parse("2027-01-04T10:00:00Z");
    expect(expiresIn("2027-01-11T10:00:00Z", now)).toBe("in 7 days");
    expect(expiresIn("2027-01-04T13:00:00Z", now)).toBe("in 3 hours");
    expect(expiresIn("2027-01-04T09:00:00Z", now)).toBe("expired");
  });
});

describe("activation links", () => {
  it("reads the server and the token from the whole link", () => {
    expect(parseActivation(" http://127.0.0.1:47816/api/v1/auth/set-password?token=abcDEF123_-xyz0000 \n")).toEqual({
      ok: true,
      serverUrl: "http://127.0.0.1:47816",
      token: "abcDEF123_-xyz0000",
    });
    expect(parseActivation("https://acme.example/hr/api/v1/auth/set-password?token=T0k3nT0k3nT0k3nT0k3n")).toEqual({
      ok: true,
      serverUrl: "https://acme.example/hr",
      token: "T0k3nT0k3nT0k3nT0k3n",
    });
  });

  it("takes a token alone, leaving the server to the form", () => {
    expect(parseActivation("T0k3nT0k3nT0k3nT0k3n")).toEqual({ ok: true, serverUrl: null, token: "T0k3nT0k3nT0k3nT0k3n" });
    expect(parseActivation("token=T0k3nT0k3nT0k3nT0k3n")).toMatchObject({ ok: true, token: "T0k3nT0k3nT0k3nT0k3n" });
  });

  it("says what is wrong with anything else", () => {
    expect(parseActivation("")).toMatchObject({ ok: false });
    expect(parseActivation("https://acme.example/api/v1/auth/set-password")).toMatchObject({ ok: false, error: expect.stringContaining("no activation token") });
    expect(parseActivation("hello there")).toMatchObject({ ok: false });
  });

  it("checks the new password before sending", () => {
    expect(newPasswordProblem("short", "short")).toMatch(/at least 8/);
    expect(newPasswordProblem("long enough", "long enuogh")).toMatch(/not the same/);
    expect(newPasswordProblem("long enough", "long enough")).toBe("");
  });
});

describe("job changes", () => {
  const current = { job_title: "Developer", department_id: "2", branch_id: "1", manager_id: "7", employment_type: "" };
  const form = { ...current, effective_date: "2027-02-01", reason: " Promotion " };

  it("sends only what differs, with the day and reason", () => {
    expect(employmentChange(current, form)).toBeNull();
    expect(employmentChange(current, { ...form, job_title: "Lead developer", department_id: "3" })).toEqual({
      job_title: "Lead developer",
      department_id: "3",
      effective_date: "2027-02-01",
      reason: "Promotion",
    });
    expect(employmentChange(current, { ...form, manager_id: "" })).toMatchObject({ remove_manager: true });
    expect(employmentChange(current, { ...form, employment_type: "part_time" })).toMatchObject({ employment_type: "part_time" });
  });

  it("reads a history line with names for the ids", () => {
    const names = { departments: new Map([["2", "Engineering"], ["3", "Sales"]]), people: new Map([["7", "Max Weber"]]) };
    expect(historyText({ field: "department_id", before: "2", after: "3" }, names)).toBe("Department: Engineering → Sales");
    expect(historyText({ field: "manager_id", before: "7", after: null }, names)).toBe("Manager: Max Weber → none");
    expect(historyText({ field: "branch_id", before: "1", after: "4" })).toBe("Branch: branch 1 → branch 4");
    expect(historyText({ field: "employment_type", before: "full_time", after: "contractor" })).toBe("Employment type: Full time → Contractor");
  });
});

describe("offboarding", () => {
  const items = {
    leave_balances: [{ leave_type: "annual", remaining: 12, pending: 2 }],
    assets: [{ id: "1", asset_tag: "LAP-001", name: "MacBook Pro" }],
    pending_leave_requests: ["5"],
    approvals_waiting: [],
    pending_corrections: [],
  };

  it("lists every group of open items with what the server names", () => {
    const groups = openItemGroups(items);
    expect(groups.map((g) => [g.id, g.count])).toEqual([
      ["leave", 1],
      ["assets", 1],
      ["requests", 1],
      ["approvals", 0],
      ["corrections", 0],
    ]);
    expect(groups[0].details).toEqual(["Annual: 12 days left, 2 pending"]);
    expect(groups[1].details).toEqual(["MacBook Pro (LAP-001)"]);
    expect(openItemCount(items)).toBe(3);
  });

  it("names the states", () => {
    expect(offboardingStatusLabel("scheduled")).toBe("Leaving");
    expect(offboardingStatusLabel("completed")).toBe("Left");
  });
});

describe("branches", () => {
  const base = { name: " Lisbon ", address: "", latitude: "", longitude: "", radius: "" };

  it("sends a fence only whole", () => {
    expect(branchFields(base)).toEqual({ ok: true, value: { name: "Lisbon", address: null } });
    expect(branchFields({ ...base, latitude: "38.7223", longitude: "-9,1393", radius: "150" })).toEqual({
      ok: true,
      value: { name: "Lisbon", address: null, latitude: 38.7223, longitude: -9.1393, geofence_radius: 150 },
    });
    const half = branchFields({ ...base, latitude: "38.7" });
    expect(half.ok).toBe(false);
    if (!half.ok) expect(Object.keys(half.errors).sort()).toEqual(["geofence_radius", "longitude"]);
    const wrong = branchFields({ ...base, name: "", latitude: "91", longitude: "0", radius: "0" });
    if (!wrong.ok) expect(Object.keys(wrong.errors).sort()).toEqual(["geofence_radius", "latitude", "name"]);
  });

  it("reads the centre typed so far", () => {
    expect(fenceCentre({ latitude: "52.52", longitude: "13.405" })).toEqual({ latitude: 52.52, longitude: 13.405 });
    expect(fenceCentre({ latitude: "52.", longitude: "13" })).toBeNull();
    expect(fenceCentre({ latitude: "95", longitude: "13" })).toBeNull();
    expect(coordinateText(52.520008123)).toBe("52.520008");
    expect(coordinateText(null)).toBe("");
  });
});

describe("bank details", () => {
  it("checks an IBAN as the server does", () => {
    expect(isValidIban("DE89 3704 0044 0532 0130 00")).toBe(true);
    expect(isValidIban("gb82west12345698765432")).toBe(true);
    expect(isValidIban("DE89 3704 0044 0532 0130 01")).toBe(false);
    expect(isValidIban("DE89")).toBe(false);
    expect(formatIban("de89370400440532013000")).toBe("DE89 3704 0044 0532 0130 00");
  });

  it("names a request's state", () => {
    expect(bankStatusLabel("pending")).toBe("Waiting for HR");
    expect(bankStatusTone("rejected")).toBe("danger");
    expect(bankStatusLabel("odd_state")).toBe("Odd state");
  });

  it("says since when a request waits for HR", () => {
    const now = new Date(2027, 0, 4, 16, 0);
    const asked = new Date(2027, 0, 4, 14, 5).toISOString();
    expect(bankRequestText({ status: "pending", requested_at: asked }, now)).toBe("Waiting for HR since Today, 14:05");
    expect(bankRequestText({ status: "rejected", requested_at: asked }, now)).toBe("Rejected · asked Today, 14:05");
  });
});

describe("emergency contacts", () => {
  it("drops empty rows and says which fields a half-filled row lacks", () => {
    expect(contactsToSave([{ name: " Ana ", relationship: "Sister", phone: "+49 30 1" }, { name: "", relationship: "", phone: "" }])).toEqual({
      ok: true,
      value: [{ name: "Ana", relationship: "Sister", phone: "+49 30 1" }],
    });
    expect(contactsToSave([{ name: "Ana", relationship: "", phone: "" }])).toEqual({
      ok: false,
      errors: { "0.relationship": "The relationship field is required.", "0.phone": "The phone field is required." },
    });
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `P${i}`, relationship: "Friend", phone: "1" }));
    expect(contactsToSave(six)).toMatchObject({ ok: false, errors: { body: "At most 5 emergency contacts." } });
  });

  it("fills the editor from the contacts on file, with copies", () => {
    const onFile = [{ name: "Ana", relationship: "Sister", phone: "1" }];
    const rows = editableContacts(onFile);
    expect(rows).toEqual(onFile);
    rows[0].name = "Eva";
    expect(onFile[0].name).toBe("Ana");
    expect(editableContacts([])).toEqual([{ name: "", relationship: "", phone: "" }]);
    expect(sameContacts(editableContacts([]), [{ name: "", relationship: "", phone: "" }])).toBe(true);
    expect(sameContacts(rows, onFile)).toBe(false);
  });
});

describe("this session's answers", () => {
  it("are kept per account, whatever the case", () => {
    remember("Emma@acme.test", { details: { phone: "1", personal_email: null, address: null } });
    expect(remembered("EMMA@ACME.TEST").details?.phone).toBe("1");
    expect(remembered("emma@acme.test").details?.personal_email).toBeNull();
    expect(remembered("max@acme.test")).toEqual({});
  });
});

describe("copying", () => {
  it("uses the clipboard when the web view allows it", async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    expect(await copyText("link", undefined, { clipboard: { writeText } } as unknown as Navigator)).toBe(true);
    expect(writeText).toHaveBeenCalledWith("link");
  });

  it("says when it could not copy", async () => {
    const writeText = vi.fn().mockRejectedValue(new Error("denied"));
    expect(await copyText("link", undefined, { clipboard: { writeText } } as unknown as Navigator)).toBe(false);
  });
});
