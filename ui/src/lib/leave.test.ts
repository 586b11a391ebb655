import { describe, expect, it } from "vitest";
import {
  balanceAfter,
  canAct,
  currentStep,
  halvesText,
  leaveTypeName,
  noticeRequestId,
  peopleOff,
  requesterOf,
  sinceNotice,
  stepSummary,
  stepTitle,
  type NoticeRequest,
  type StepLike,
} from "./leave";

const step = (sequence: number, role: string, status: string, approver_id: string | null = null): StepLike => ({
  sequence,
  role,
  status,
  approver_id,
});

describe("approval chain", () => {
  const managerStep = { status: "pending", approval_steps: [step(2, "hr", "waiting"), step(1, "manager", "pending", "2")] };
  const hrStep = { status: "pending", approval_steps: [step(1, "manager", "approved", "2"), step(2, "hr", "pending")] };

  it("finds the step awaiting a decision", () => {
    expect(currentStep(managerStep.approval_steps)?.role).toBe("manager");
    expect(currentStep(hrStep.approval_steps)?.role).toBe("hr");
    expect(currentStep([step(1, "manager", "approved")])).toBeUndefined();
  });
  it("lets only the named manager take a manager step", () => {
    expect(canAct(managerStep, "3", { id: "2", role: "manager" })).toBe(true);
    expect(canAct(managerStep, "3", { id: "9", role: "manager" })).toBe(false);
    expect(canAct(managerStep, "3", { id: "1", role: "hr" })).toBe(false);
  });
  it("lets any HR user but the requester take the HR step", () => {
    expect(canAct(hrStep, "3", { id: "1", role: "hr" })).toBe(true);
    expect(canAct(hrStep, "1", { id: "1", role: "hr" })).toBe(false);
    expect(canAct(hrStep, "3", { id: "2", role: "manager" })).toBe(false);
  });
  it("never acts on decided requests", () => {
    expect(canAct({ ...hrStep, status: "approved" }, "3", { id: "1", role: "hr" })).toBe(false);
  });
  it("reads the requester from the relationship", () => {
    expect(requesterOf({ relationships: { employee: { data: { type: "employees", id: "3" } } } })).toBe("3");
    expect(requesterOf({})).toBeNull();
    expect(requesterOf({ relationships: { employee: { data: null } } })).toBeNull();
  });
  it("describes steps", () => {
    expect(stepTitle({ ...step(1, "manager", "pending"), approver_name: "Maria Schmidt" })).toBe("Manager · Maria Schmidt");
    expect(stepTitle(step(2, "hr", "waiting"))).toBe("HR");
    expect(stepSummary({ ...step(1, "manager", "approved"), acted_by_name: "Maria" })).toBe("Approved by Maria");
    expect(stepSummary(step(2, "hr", "skipped"))).toBe("Not needed");
  });
});

describe("requests", () => {
  it("names leave types", () => {
    expect(leaveTypeName("annual", [{ leave_type: "annual", leave_type_name: "Annual Leave" }])).toBe("Annual Leave");
    expect(leaveTypeName("sick")).toBe("Sick leave");
    expect(leaveTypeName("unpaid")).toBe("unpaid");
  });
});

describe("what an approver weighs", () => {
  it("says what is left of the balance once the request is granted", () => {
    const balance = { year: 2027, entitled: 25, remaining: 16 };
    expect(balanceAfter(balance, "Annual Leave", 2027)).toBe("16 of 25 annual days left after this");
    expect(balanceAfter(balance, "Annual Leave", 2026)).toBe("16 of 25 annual days of 2027 left after this");
    expect(balanceAfter({ ...balance, remaining: -1 }, "Sick Leave", 2027)).toBe("1 sick day more than the 25 allowed");
    expect(balanceAfter({ year: 2027, entitled: 1, remaining: 0 }, "Leave", 2027)).toBe("0 of 1 leave day left after this");
  });

  const off = (employee_id: string, employee_name: string, start_date: string, end_date: string, status: string) => ({
    employee_id,
    employee_name,
    start_date,
    end_date,
    status,
  });
  it("lists who else is off, once a person, and how many more there are", () => {
    expect(peopleOff(null)).toBeNull();
    expect(peopleOff(undefined, 3)).toBeNull();
    expect(peopleOff([], 0)).toEqual({ people: [], more: 0 });
    const listed = [
      off("4", "Felix Wagner", "2027-03-04", "2027-03-09", "approved"),
      off("9", "Lina Koch", "2027-03-05", "2027-03-05", "pending"),
      off("4", "Felix Wagner", "2027-03-12", "2027-03-12", "pending"),
    ];
    expect(peopleOff(listed)).toEqual({
      people: [
        { employeeId: "4", name: "Felix Wagner", when: "4–9 Mar 2027, 12 Mar 2027", pending: false },
        { employeeId: "9", name: "Lina Koch", when: "5 Mar 2027", pending: true },
      ],
      more: 0,
    });
    expect(peopleOff(listed, 7)?.more).toBe(5);
  });
});

describe("what became of a request since its notification", () => {
  const manager = { id: "2", role: "manager" as const };
  const hr = { id: "1", role: "hr" as const };
  const request = (status: string, steps: NoticeRequest["approval_steps"]): NoticeRequest => ({
    status,
    employee_name: "Emma Fischer",
    approval_steps: steps,
  });
  const acted = (sequence: number, role: string, status: string, id: string, name: string) => ({
    ...step(sequence, role, status, role === "manager" ? "2" : null),
    acted_by_id: id,
    acted_by_name: name,
  });

  it("reads which request a notification is about", () => {
    expect(noticeRequestId({ leave_request_id: "12" })).toBe("12");
    expect(noticeRequestId({ leave_request_id: 12 })).toBe("12");
    expect(noticeRequestId(null)).toBeNull();
    expect(noticeRequestId({})).toBeNull();
  });
  it("keeps the link while the request waits for me, or when the device does not know it", () => {
    expect(sinceNotice(undefined, "3", manager)).toBeNull();
    expect(sinceNotice(request("pending", [step(1, "manager", "pending", "2"), step(2, "hr", "waiting")]), "3", manager)).toBeNull();
  });
  it("says who cancelled it", () => {
    const cancelled = request("cancelled", [step(1, "manager", "skipped", "2"), step(2, "hr", "skipped")]);
    expect(sinceNotice(cancelled, "3", manager)).toBe("Cancelled by Emma Fischer since");
  });
  it("says who decided it, or that I did", () => {
    const approved = request("approved", [acted(1, "manager", "approved", "2", "Max Weber"), acted(2, "hr", "approved", "1", "Hanna Richter")]);
    expect(sinceNotice(approved, "3", manager)).toBe("Already approved by Hanna Richter");
    expect(sinceNotice(approved, "3", hr)).toBe("You approved it");
    const rejected = request("rejected", [acted(1, "manager", "rejected", "2", "Max Weber"), step(2, "hr", "skipped")]);
    expect(sinceNotice(rejected, "3", hr)).toBe("Already rejected by Max Weber");
    expect(sinceNotice(rejected, "3", manager)).toBe("You rejected it");
    expect(sinceNotice(request("approved", [step(1, "hr", "approved")]), "3", manager)).toBe("Already approved");
  });
  it("says where it waits when no longer for me", () => {
    const withHr = request("pending", [acted(1, "manager", "approved", "2", "Max Weber"), step(2, "hr", "pending")]);
    expect(sinceNotice(withHr, "3", manager)).toBe("Now with HR");
    expect(sinceNotice(withHr, "3", hr)).toBeNull();
  });
});

describe("half days", () => {
  const leave = (start_date: string, end_date: string, start_half: string, end_half: string) => ({ start_date, end_date, start_half, end_half });
  it("says which half of a single day is off", () => {
    expect(halvesText(leave("2027-09-13", "2027-09-13", "afternoon", "afternoon"))).toBe("afternoon only");
    expect(halvesText(leave("2027-09-13", "2027-09-13", "morning", "morning"))).toBe("morning only");
    expect(halvesText(leave("2027-09-13", "2027-09-13", "morning", "afternoon"))).toBe("");
  });
  it("says where a longer leave starts or ends at midday", () => {
    expect(halvesText(leave("2027-09-13", "2027-09-15", "afternoon", "morning"))).toBe("from midday on the first day, until midday on the last");
    expect(halvesText(leave("2027-09-13", "2027-09-15", "afternoon", "afternoon"))).toBe("from midday on the first day");
    expect(halvesText(leave("2027-09-13", "2027-09-15", "morning", "morning"))).toBe("until midday on the last day");
    expect(halvesText(leave("2027-09-13", "2027-09-15", "morning", "afternoon"))).toBe("");
  });
});
