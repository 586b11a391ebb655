// Running payroll as HR sees it: a run's status and what can be done next, each person's flags and
// changes against the last run in words, and what locking or publishing will do, said before it is done.
// The server computes and decides; this only presents it.

import type {
  AppError,
  BankFileFormat,
  DiffFlag_Serialize as DiffFlag,
  LineChange_Serialize as LineChange,
  PayrollRunAttributes_Serialize as PayrollRunAttributes,
  PayslipLine,
  RunStep,
} from "./bindings";
import { formatMoney, formatMonth, plural } from "./format";

/** Shown on every disabled change while offline: a lock or a hold queued for later could pay wrongly. */
export const PAYROLL_OFFLINE_TEXT = "Payroll changes need a connection";

/** The explanation the server gives a component HR set by hand. */
const OVERRIDE_PREFIX = "set by HR:";

export type RunStatus = "draft" | "locked" | "paid" | "published";

export const RUN_STATUS: Record<string, { label: string; tone: string }> = {
  draft: { label: "Draft", tone: "warning" },
  locked: { label: "Locked", tone: "info" },
  paid: { label: "Paid", tone: "success" },
  published: { label: "Published", tone: "success" },
  // The seed's published runs.
  finalised: { label: "Published", tone: "success" },
};

export function runStatus(status: string): { label: string; tone: string } {
  return RUN_STATUS[status] ?? { label: status, tone: "" };
}

export const LINE_STATUS: Record<string, { label: string; tone: string }> = {
  ready: { label: "Ready", tone: "success" },
  failed: { label: "Failed", tone: "danger" },
  held: { label: "Held", tone: "warning" },
  excluded: { label: "Excluded", tone: "" },
};

export function lineStatus(status: string): { label: string; tone: string } {
  return LINE_STATUS[status] ?? { label: status, tone: "" };
}

/** What a run in `status` can do next, in the order the screen offers it. */
export function nextSteps(status: string): RunStep[] {
  switch (status) {
    case "draft":
      return ["recompute", "lock"];
    case "locked":
      return ["pay", "publish"];
    case "paid":
      return ["publish"];
    default:
      return [];
  }
}

/** Whether a run's bank file can be made: its figures and accounts are frozen. */
export function hasBankFile(status: string): boolean {
  return status === "locked" || status === "paid" || status === "published";
}

export const STEP_LABEL: Record<RunStep, string> = {
  recompute: "Recompute",
  lock: "Lock run",
  pay: "Mark paid",
  publish: "Publish payslips",
};

/** What a step did, for the result line. */
export function stepDone(step: RunStep, run: PayrollRunAttributes): string {
  const month = formatMonth(run.period);
  switch (step) {
    case "recompute":
      return `${month} recomputed from today's data: ${peopleText(run)}.`;
    case "lock":
      return `${month} is locked: ${peopleText(run)}. Save the bank file, then mark it paid.`;
    case "pay":
      return `${month} is marked paid.`;
    case "publish":
      return `${month} is published: ${plural(run.employee_count, "person sees their payslip", "people see their payslips")} and ${run.employee_count === 1 ? "is" : "are"} notified.`;
  }
}

/** "12 paid, 1 held, 1 excluded": who the run pays and who it leaves out. */
export function peopleText(run: Pick<PayrollRunAttributes, "employee_count" | "held_count" | "excluded_count" | "failed_count">): string {
  const parts = [`${run.employee_count} paid`];
  if (run.held_count) parts.push(`${run.held_count} held`);
  if (run.excluded_count) parts.push(`${run.excluded_count} excluded`);
  if (run.failed_count) parts.push(`${run.failed_count} failed`);
  return parts.join(", ");
}

/** The question asked before a step that cannot be taken back, saying what will happen; null for the others. */
export function confirmText(step: RunStep, run: PayrollRunAttributes): string | null {
  const month = formatMonth(run.period);
  const total = formatMoney(run.net, run.currency);
  if (step === "lock") {
    const held = run.held_count ? ` ${plural(run.held_count, "person", "people")} held ${run.held_count === 1 ? "is" : "are"} not paid in it.` : "";
    return `Lock ${month}? It is computed once more, then the figures and bank accounts of ${plural(run.employee_count, "person", "people")} (net ${total}) are frozen.${held} A locked run is never changed again: mistakes are corrected in a later run.`;
  }
  if (step === "publish") {
    const unpaid = run.status === "locked" ? " It is not marked paid yet." : "";
    return `Publish ${month}? ${plural(run.employee_count, "person", "people")} will see their payslip in the app and be notified at once; this cannot be undone.${unpaid}`;
  }
  return null;
}

/** A flag's words: "Joiner", "2 days unpaid leave", "Net +12.5 %". */
export function flagText(flag: DiffFlag): string {
  switch (flag.flag) {
    case "joiner":
      return "Joiner";
    case "leaver":
      return "Leaver";
    case "net_changed":
      return flag.percent == null ? "Net changed" : `Net ${signedNumber(flag.percent)} %`;
    case "unpaid_leave":
      return `${trimZeros(flag.days)} ${Number(flag.days) === 1 ? "day" : "days"} unpaid leave`;
    case "negative_net":
      return "Negative net";
    case "missing_bank_account":
      return "No bank account";
    case "bank_account_changed":
      return "Bank account changed";
  }
}

/** Flags that stop a lock are dangers; the others ask for a look. */
export function flagTone(flag: DiffFlag): "danger" | "warning" | "info" {
  if (flag.flag === "negative_net" || flag.flag === "missing_bank_account") return "danger";
  if (flag.flag === "joiner" || flag.flag === "leaver") return "info";
  return "warning";
}

/** "12.50" → "+12.5", "-3" → "−3". */
export function signedNumber(value: string): string {
  const trimmed = trimZeros(value.trim());
  if (trimmed.startsWith("-")) return `−${trimmed.slice(1)}`;
  return trimmed === "0" ? "0" : `+${trimmed}`;
}

/** "2.00" → "2", "1.50" → "1.5". */
export function trimZeros(value: string): string {
  return value.includes(".") ? value.replace(/\.?0+$/, "") : value;
}

/** A change as money with its sign: "+€500.00", "−€120.00". */
export function changeMoney(change: string, currency: string): string {
  const value = change.trim();
  if (/^-?0*(\.0*)?$/.test(value)) return formatMoney("0", currency);
  return value.startsWith("-") ? formatMoney(value, currency) : `+${formatMoney(value, currency)}`;
}

/** "New this run", "Gone this run", or the amounts before and now. */
export function changeText(change: LineChange, currency: string): string {
  if (change.previous == null) return "New this run";
  if (change.current == null) return "Not in this run";
  return `${formatMoney(change.previous, currency)} → ${formatMoney(change.current, currency)}`;
}

/** Whether HR set this line by hand (it can be taken off again). */
export function isOverridden(line: Pick<PayslipLine, "explanation">): boolean {
  return line.explanation.trim().startsWith(OVERRIDE_PREFIX);
}

/** The components of a payslip HR may set by hand: its lines with a code, each once. */
export function overridable(lines: readonly PayslipLine[]): { code: string; name: string }[] {
  const seen = new Set<string>();
  const out: { code: string; name: string }[] = [];
  for (const line of lines) {
    if (line.kind === "advance" || seen.has(line.code)) continue;
    seen.add(line.code);
    out.push({ code: line.code, name: line.name });
  }
  return out;
}

/** The lines a payslip shows under each heading, hidden zero lines left out. */
export function slipSections(lines: readonly PayslipLine[]): { title: string; lines: PayslipLine[] }[] {
  const of = (...kinds: string[]) => lines.filter((l) => !l.hidden && kinds.includes(l.kind));
  return [
    { title: "Earnings", lines: of("earning", "advance") },
    { title: "Deductions", lines: of("deduction") },
    { title: "Paid by the company", lines: of("employer_contribution") },
  ].filter((section) => section.lines.length > 0);
}

/** The server's reasons a step was refused (a lock lists them under `lines`), one sentence each. */
export function refusalReasons(error: AppError): string[] {
  if (error.kind !== "rejected") return [];
  const reasons = Object.values(error.errors ?? {}).flatMap((messages) => messages ?? []);
  return reasons.map((reason) => reason.trim()).filter(Boolean);
}

/** The month a new run would pay today: "2026-12" with its year and month. */
export function currentPeriod(today: string): { period: string; year: number; month: number } {
  const [year, month] = today.split("-").map(Number);
  return { period: `${year}-${String(month).padStart(2, "0")}`, year, month };
}

export const BANK_FORMATS: readonly { id: BankFileFormat; label: string }[] = [
  { id: "Csv", label: "CSV (any bank)" },
  { id: "Pain001", label: "SEPA pain.001 (euros)" },
];
