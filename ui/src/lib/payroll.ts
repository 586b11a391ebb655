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
import { formatMoney, formatMonth } from "./format";
import { t, language } from "./i18n.svelte";

/** Shown on every disabled change while offline: a lock or a hold queued for later could pay wrongly. */
export function payrollOfflineText(): string {
  return t("payroll-offline");
}

/** A status's words, read in the language on screen each time they are shown, and its badge's tone. */
function status(message: string, tone: string): { label: string; tone: string } {
  return {
    get label() {
      return t(message);
    },
    tone,
  };
}

/** The explanation the server gives a component HR set by hand. */
const OVERRIDE_PREFIX = "set by HR:";

export type RunStatus = "draft" | "locked" | "paid" | "published";

export const RUN_STATUS: Record<string, { label: string; tone: string }> = {
  draft: status("payroll-status-draft", "warning"),
  locked: status("payroll-status-locked", "info"),
  paid: status("payroll-status-paid", "success"),
  published: status("payroll-status-published", "success"),
  // The seed's published runs.
  finalised: status("payroll-status-published", "success"),
};

export function runStatus(status: string): { label: string; tone: string } {
  return RUN_STATUS[status] ?? { label: status, tone: "" };
}

export const LINE_STATUS: Record<string, { label: string; tone: string }> = {
  ready: status("payroll-line-ready", "success"),
  failed: status("payroll-line-failed", "danger"),
  held: status("payroll-line-held", "warning"),
  excluded: status("payroll-line-excluded", ""),
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
  get recompute() {
    return t("payroll-step-recompute");
  },
  get lock() {
    return t("payroll-step-lock");
  },
  get pay() {
    return t("payroll-step-pay");
  },
  get publish() {
    return t("payroll-step-publish");
  },
};

/** What a step did, for the result line. */
export function stepDone(step: RunStep, run: PayrollRunAttributes): string {
  const month = formatMonth(run.period);
  switch (step) {
    case "recompute":
      return t("payroll-done-recompute", { month, people: peopleText(run) });
    case "lock":
      return t("payroll-done-lock", { month, people: peopleText(run) });
    case "pay":
      return t("payroll-done-pay", { month });
    case "publish":
      return t("payroll-done-publish", { month, count: run.employee_count });
  }
}

/** "12 paid, 1 held, 1 excluded": who the run pays and who it leaves out. */
export function peopleText(run: Pick<PayrollRunAttributes, "employee_count" | "held_count" | "excluded_count" | "failed_count">): string {
  const parts = [t("payroll-people-paid", { count: run.employee_count })];
  if (run.held_count) parts.push(t("payroll-people-held", { count: run.held_count }));
  if (run.excluded_count) parts.push(t("payroll-people-excluded", { count: run.excluded_count }));
  if (run.failed_count) parts.push(t("payroll-people-failed", { count: run.failed_count }));
  return parts.join(t("payroll-list-separator"));
}

/** The question asked before a step that cannot be taken back, saying what will happen; null for the others. */
export function confirmText(step: RunStep, run: PayrollRunAttributes): string | null {
  const month = formatMonth(run.period);
  const total = formatMoney(run.net, run.currency);
  if (step === "lock") {
    return [
      t("payroll-confirm-lock", { month, count: run.employee_count, total }),
      run.held_count ? t("payroll-confirm-lock-held", { count: run.held_count }) : "",
      t("payroll-confirm-lock-final"),
    ]
      .filter(Boolean)
      .join(" ");
  }
  if (step === "publish") {
    const question = t("payroll-confirm-publish", { month, count: run.employee_count });
    return run.status === "locked" ? `${question} ${t("payroll-confirm-publish-unpaid")}` : question;
  }
  return null;
}

/** A flag's words: "Joiner", "2 days unpaid leave", "Net +12.5 %". */
export function flagText(flag: DiffFlag): string {
  switch (flag.flag) {
    case "joiner":
      return t("payroll-flag-joiner");
    case "leaver":
      return t("payroll-flag-leaver");
    case "net_changed":
      return flag.percent == null ? t("payroll-flag-net-changed") : t("payroll-flag-net-percent", { change: signedNumber(flag.percent) });
    case "unpaid_leave":
      return t("payroll-flag-unpaid-leave", { days: Number(flag.days) });
    case "negative_net":
      return t("payroll-flag-negative-net");
    case "missing_bank_account":
      return t("payroll-flag-no-bank-account");
    case "bank_account_changed":
      return t("payroll-flag-bank-account-changed");
  }
}

/** Flags that stop a lock are dangers; the others ask for a look. */
export function flagTone(flag: DiffFlag): "danger" | "warning" | "info" {
  if (flag.flag === "negative_net" || flag.flag === "missing_bank_account") return "danger";
  if (flag.flag === "joiner" || flag.flag === "leaver") return "info";
  return "warning";
}

/** "12.50" → "+12.5", "-3" → "−3", written in the language on screen ("+12,5" in German). */
export function signedNumber(value: string): string {
  const trimmed = trimZeros(value.trim());
  const match = /^-?\d+(?:\.(\d+))?$/.exec(trimmed);
  if (!match) {
    if (trimmed.startsWith("-")) return `−${trimmed.slice(1)}`;
    return trimmed === "0" ? "0" : `+${trimmed}`;
  }
  const decimals = Math.min(match[1]?.length ?? 0, 20);
  const format = new Intl.NumberFormat(language(), { signDisplay: "exceptZero", useGrouping: false, minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return format.format(Number(trimmed)).replace("-", "−");
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
  if (change.previous == null) return t("payroll-change-new");
  if (change.current == null) return t("payroll-change-gone");
  return t("payroll-change-amounts", { before: formatMoney(change.previous, currency), now: formatMoney(change.current, currency) });
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
    { title: t("payroll-slip-earnings"), lines: of("earning", "advance") },
    { title: t("payroll-slip-deductions"), lines: of("deduction") },
    { title: t("payroll-slip-employer"), lines: of("employer_contribution") },
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
  {
    id: "Csv",
    get label() {
      return t("payroll-bank-format-csv");
    },
  },
  {
    id: "Pain001",
    get label() {
      return t("payroll-bank-format-pain001");
    },
  },
];
