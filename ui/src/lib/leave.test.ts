import { describe, expect, it } from "vitest";
import { canAct, currentStep, leaveTypeName, requesterOf, stepSummary, stepTitle, type StepLike } from "./leave";

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
