// People and organisation: hiring (and the activation link to hand over), job changes and their history,
// offboarding's open items, departments and branches (with a branch's geofence), bank-detail requests, a
// person's own details, and reading an activation link on the sign-in screen. The server decides what is
// allowed; this only shapes the forms and presents the answers.

import type {
  BranchFields_Deserialize,
  EmergencyContact,
  EmployeeChangeAttributes_Serialize,
  EmploymentChangeInput_Deserialize,
  NewHire_Deserialize,
  OpenItems,
} from "./bindings";
import { WEEKDAYS, formatDateTime, humanize } from "./format";
import { language, t } from "./i18n.svelte";

/** Shown on a person's own details while offline: each change is the server's answer, never queued. */
export function selfServiceOfflineText(): string {
  return t("people-self-service-offline");
}

/**
 * @deprecated The English words of `selfServiceOfflineText()`, kept only until the settings screen reads
 * the function (a constant cannot follow the language on screen).
 */
export const SELF_SERVICE_OFFLINE_TEXT = "Changing your details needs a connection";

/** Words in a row ("first name, last name, email"; "Mon–Wed, Fri"), joined as the language on screen does. */
function listText(items: readonly string[]): string {
  return new Intl.ListFormat(language(), { type: "unit", style: "short" }).format(items);
}

// ---- Hiring ------------------------------------------------------------------------------------------

/** An employment type's entry; its name is read in the language on screen each time it is shown. */
function employmentType(id: string, message: string): { id: string; label: string } {
  return {
    id,
    get label() {
      return t(message);
    },
  };
}

export const EMPLOYMENT_TYPES: readonly { id: string; label: string }[] = [
  employmentType("full_time", "people-type-full-time"),
  employmentType("part_time", "people-type-part-time"),
  employmentType("contractor", "people-type-contractor"),
  employmentType("intern", "people-type-intern"),
];

export function employmentTypeLabel(id: string | null | undefined): string {
  if (!id) return "";
  return EMPLOYMENT_TYPES.find((type) => type.id === id)?.label ?? humanize(id);
}


/** "Mon–Fri", "Mon–Wed, Fri", "Sat, Sun": runs of three or more days as a range. */
export function workingDaysText(days: readonly number[]): string {
  const sorted = [...new Set(days)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  if (sorted.length === 0) return t("people-no-days");
  const short = (d: number) => WEEKDAYS[d - 1].short;
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
    const run = sorted.slice(start, i);
    if (run.length >= 3) parts.push(t("people-day-range", { from: short(run[0]), to: short(run[run.length - 1]) }));
    else parts.push(...run.map(short));
    start = i;
  }
  return listText(parts);
}

export interface HireForm {
  first_name: string;
  last_name: string;
  email: string;
  job_title: string;
  department_id: string;
  branch_id: string;
  /** "" for none. */
  manager_id: string;
  start_date: string;
  employment_type: string;
  /** Off: the branch's working week. */
  own_week: boolean;
  working_days: number[];
}

export function emptyHire(today: string): HireForm {
  return {
    first_name: "",
    last_name: "",
    email: "",
    job_title: "",
    department_id: "",
    branch_id: "",
    manager_id: "",
    start_date: today,
    employment_type: "full_time",
    own_week: false,
    working_days: [1, 2, 3, 4, 5],
  };
}

/** The message id of each field the hire form needs, naming it inside a sentence ("first name"). */
const HIRE_LABELS: Record<string, string> = {
  first_name: "people-missing-first-name",
  last_name: "people-missing-last-name",
  email: "people-missing-email",
  job_title: "people-missing-job-title",
  department_id: "people-missing-department",
  branch_id: "people-missing-branch",
  start_date: "people-missing-start-date",
  employment_type: "people-missing-employment-type",
  working_days: "people-missing-working-days",
};

/** The fields the form must have filled, in the order it shows them. */
const HIRE_REQUIRED = ["first_name", "last_name", "email", "job_title", "department_id", "branch_id", "start_date", "employment_type"];

/** What the form still needs before it can be sent, as words ("first name", "branch"). */
export function hireMissing(form: HireForm): string[] {
  const missing = HIRE_REQUIRED.filter((field) => !String(form[field as keyof HireForm] ?? "").trim());
  if (form.own_week && form.working_days.length === 0) missing.push("working_days");
  return missing.map((field) => t(HIRE_LABELS[field]));
}

/** "Still needed: first name, branch." */
export function hireMissingText(missing: readonly string[]): string {
  return t("people-hire-still-needed", { fields: listText(missing) });
}

/** The hire as the command takes it: trimmed, the manager and working week only when given. */
export function hireRequest(form: HireForm): NewHire_Deserialize {
  return {
    first_name: form.first_name.trim(),
    last_name: form.last_name.trim(),
    email: form.email.trim(),
    job_title: form.job_title.trim(),
    department_id: form.department_id,
    branch_id: form.branch_id,
    manager_id: form.manager_id || null,
    start_date: form.start_date,
    employment_type: form.employment_type,
    working_days: form.own_week ? [...form.working_days].sort((a, b) => a - b) : null,
  };
}

/**
 * The server's validation errors placed on the hire form's fields: `working_days.0` on the week, anything
 * the form has no field for under `form`.
 */
export function placeHireErrors(errors: Record<string, string>): Record<string, string> {
  const placed: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    const name = field.startsWith("working_days") ? "working_days" : HIRE_REQUIRED.includes(field) || field === "manager_id" ? field : "form";
    if (!(name in placed)) placed[name] = message;
  }
  return placed;
}

/** "Expires Mon, 3 Nov, 14:05"-style text is the screen's; this says how long is left. */
export function expiresIn(expiresAt: string, now: number = Date.now()): string {
  const ms = Date.parse(expiresAt) - now;
  if (!Number.isFinite(ms)) return "";
  if (ms <= 0) return t("people-link-expired");
  const hours = Math.round(ms / 3_600_000);
  const relative = new Intl.RelativeTimeFormat(language(), { numeric: "always" });
  if (hours < 48) return relative.format(Math.max(1, hours), "hour");
  return relative.format(Math.round(hours / 24), "day");
}

// ---- Activation (the sign-in screen) -----------------------------------------------------------------

export type Activation = { ok: true; serverUrl: string | null; token: string } | { ok: false; error: string };

const SET_PASSWORD_PATH = "/api/v1/auth/set-password";

/**
 * Reads what a new person pasted: the whole link (`https://hr.example.com/api/v1/auth/set-password?token=…`),
 * which also names their company's server, or the token alone.
 */
export function parseActivation(pasted: string): Activation {
  const text = pasted.trim().replace(/\s+/g, "");
  if (!text) return { ok: false, error: t("people-activation-empty") };
  if (/^https?:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return { ok: false, error: t("people-activation-incomplete") };
    }
    const token = url.searchParams.get("token")?.trim() ?? "";
    if (!token) return { ok: false, error: t("people-activation-no-token") };
    const at = url.pathname.indexOf(SET_PASSWORD_PATH);
    const prefix = at >= 0 ? url.pathname.slice(0, at) : "";
    return { ok: true, serverUrl: `${url.origin}${prefix.replace(/\/$/, "")}`, token };
  }
  const token = text.replace(/^token=/i, "");
  if (!/^[A-Za-z0-9._~-]{16,255}$/.test(token)) {
    return { ok: false, error: t("people-activation-not-a-link") };
  }
  return { ok: true, serverUrl: null, token };
}

/** The server's rule, said before sending: at least 8 characters, and the two entries the same. */
export function newPasswordProblem(password: string, again: string): string {
  if ([...password].length < 8) return t("people-password-too-short");
  if (password !== again) return t("people-password-mismatch");
  return "";
}

// ---- Job changes ---------------------------------------------------------------------------------------

/** The message id naming each field a job change can touch. */
const CHANGE_LABELS: Record<string, string> = {
  job_title: "people-field-job-title",
  department_id: "people-field-department",
  branch_id: "people-field-branch",
  manager_id: "people-field-manager",
  employment_type: "people-field-employment-type",
};

export function changeFieldLabel(field: string): string {
  const message = CHANGE_LABELS[field];
  return message ? t(message) : humanize(field);
}

/** Names for the ids a history line holds (departments, branches and managers are kept by id). */
export interface Names {
  departments?: ReadonlyMap<string, string>;
  branches?: ReadonlyMap<string, string>;
  people?: ReadonlyMap<string, string>;
}

function valueText(field: string, value: string | null, names: Names): string {
  if (value == null || value === "") return t("people-history-none");
  switch (field) {
    case "department_id":
      return names.departments?.get(value) ?? t("people-history-department", { id: value });
    case "branch_id":
      return names.branches?.get(value) ?? t("people-history-branch", { id: value });
    case "manager_id":
      return names.people?.get(value) ?? t("people-history-person", { id: value });
    case "employment_type":
      return employmentTypeLabel(value);
    default:
      return value;
  }
}

/** "Department: Engineering → Sales". */
export function historyText(line: Pick<EmployeeChangeAttributes_Serialize, "field" | "before" | "after">, names: Names = {}): string {
  return t("people-history-line", {
    field: changeFieldLabel(line.field),
    before: valueText(line.field, line.before, names),
    after: valueText(line.field, line.after, names),
  });
}

export interface Placement {
  job_title: string;
  department_id: string;
  branch_id: string;
  /** "" for none. */
  manager_id: string;
  /** "" when not known (the form then leaves it as it is unless one is picked). */
  employment_type: string;
}

export interface ChangeForm extends Placement {
  effective_date: string;
  reason: string;
}

/**
 * What to send for a job change: only the fields that differ from `current`, with the day and reason; null
 * when nothing differs. Choosing no manager where there was one removes them.
 */
export function employmentChange(current: Placement, form: ChangeForm): EmploymentChangeInput_Deserialize | null {
  const change: EmploymentChangeInput_Deserialize = {};
  const title = form.job_title.trim();
  if (title && title !== current.job_title.trim()) change.job_title = title;
  if (form.department_id && form.department_id !== current.department_id) change.department_id = form.department_id;
  if (form.branch_id && form.branch_id !== current.branch_id) change.branch_id = form.branch_id;
  if (form.manager_id !== current.manager_id) {
    if (form.manager_id) change.manager_id = form.manager_id;
    else change.remove_manager = true;
  }
  if (form.employment_type && form.employment_type !== current.employment_type) change.employment_type = form.employment_type;
  if (Object.keys(change).length === 0) return null;
  if (form.effective_date) change.effective_date = form.effective_date;
  const reason = form.reason.trim();
  if (reason) change.reason = reason;
  return change;
}

// ---- Offboarding ---------------------------------------------------------------------------------------

export interface OpenItemGroup {
  id: "leave" | "assets" | "requests" | "approvals" | "corrections";
  label: string;
  count: number;
  /** One line per item where the server names them (balances, assets). */
  details: string[];
}

/** The checklist of what is still open when someone leaves, every group shown (a done one with 0). */
export function openItemGroups(items: OpenItems): OpenItemGroup[] {
  return [
    {
      id: "leave",
      label: t("people-open-leave"),
      count: items.leave_balances.length,
      details: items.leave_balances.map((b) =>
        b.pending
          ? t("people-open-leave-balance-pending", { type: humanize(b.leave_type), count: b.remaining, pending: b.pending })
          : t("people-open-leave-balance", { type: humanize(b.leave_type), count: b.remaining }),
      ),
    },
    {
      id: "assets",
      label: t("people-open-assets"),
      count: items.assets.length,
      details: items.assets.map((a) => t("people-open-asset", { name: a.name, tag: a.asset_tag })),
    },
    { id: "requests", label: t("people-open-requests"), count: items.pending_leave_requests.length, details: [] },
    { id: "approvals", label: t("people-open-approvals"), count: items.approvals_waiting.length, details: [] },
    { id: "corrections", label: t("people-open-corrections"), count: items.pending_corrections.length, details: [] },
  ];
}

export function openItemCount(items: OpenItems): number {
  return openItemGroups(items).reduce((sum, group) => sum + group.count, 0);
}

export function offboardingStatusLabel(status: string): string {
  switch (status) {
    case "scheduled":
      return t("people-offboarding-scheduled");
    case "completed":
      return t("people-offboarding-completed");
    case "cancelled":
      return t("people-offboarding-cancelled");
    default:
      return humanize(status);
  }
}

// ---- Branches ------------------------------------------------------------------------------------------

export interface BranchForm {
  name: string;
  address: string;
  latitude: string;
  longitude: string;
  radius: string;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

function number(text: string): number | null {
  const trimmed = text.trim().replace(",", ".");
  if (!/^[-+]?\d+(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}

/**
 * The branch's fields to send. The fence is all three numbers or none: a centre without a radius (or the
 * other way round) is said at its field before anything is sent. Errors are keyed by the server's names.
 */
export function branchFields(form: BranchForm): Parsed<BranchFields_Deserialize> {
  const errors: Record<string, string> = {};
  const name = form.name.trim();
  if (!name) errors.name = t("people-branch-name-required");
  const given = [form.latitude, form.longitude, form.radius].map((text) => text.trim() !== "");
  const latitude = number(form.latitude);
  const longitude = number(form.longitude);
  const radius = number(form.radius);
  if (given.some(Boolean)) {
    if (latitude == null || latitude < -90 || latitude > 90) errors.latitude = t("people-branch-latitude-invalid");
    if (longitude == null || longitude < -180 || longitude > 180) errors.longitude = t("people-branch-longitude-invalid");
    if (radius == null || radius < 1 || radius > 10_000) errors.geofence_radius = t("people-branch-radius-invalid");
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  const fields: BranchFields_Deserialize = { name, address: form.address.trim() || null };
  if (given.some(Boolean)) {
    fields.latitude = latitude;
    fields.longitude = longitude;
    fields.geofence_radius = radius;
  }
  return { ok: true, value: fields };
}

/** The centre typed so far, when it reads as one (for the distance from this device). */
export function fenceCentre(form: Pick<BranchForm, "latitude" | "longitude">): { latitude: number; longitude: number } | null {
  const latitude = number(form.latitude);
  const longitude = number(form.longitude);
  if (latitude == null || longitude == null) return null;
  if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) return null;
  return { latitude, longitude };
}

/** A coordinate as the form shows it: six decimals (about 10 cm), no trailing zeros. */
export function coordinateText(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return "";
  return String(Number(value.toFixed(6)));
}

// ---- Bank details --------------------------------------------------------------------------------------

/** Each bank-detail request state's message id and badge tone. */
const BANK_STATUS: Record<string, { message: string; tone: string }> = {
  pending: { message: "people-bank-pending", tone: "warning" },
  approved: { message: "people-bank-approved", tone: "success" },
  rejected: { message: "people-bank-rejected", tone: "danger" },
  withdrawn: { message: "people-bank-withdrawn", tone: "" },
};

export function bankStatusLabel(status: string): string {
  const message = BANK_STATUS[status]?.message;
  return message ? t(message) : humanize(status);
}

export function bankStatusTone(status: string): string {
  return BANK_STATUS[status]?.tone ?? "";
}

/** An IBAN without spaces, in capitals. */
export function normalizeIban(iban: string): string {
  return iban.replace(/\s+/g, "").toUpperCase();
}

/** The ISO 13616 check the core and the server make, so a mistyped IBAN is said at its field first. */
export function isValidIban(iban: string): boolean {
  const text = normalizeIban(iban);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(text)) return false;
  const moved = text.slice(4) + text.slice(0, 4);
  let remainder = 0;
  for (const ch of moved) {
    const code = ch.charCodeAt(0);
    remainder = code >= 65 ? (remainder * 100 + (code - 55)) % 97 : (remainder * 10 + (code - 48)) % 97;
  }
  return remainder === 1;
}

/** "DE89 3704 0044 0532 0130 00": groups of four, as printed on a card. */
export function formatIban(iban: string): string {
  return normalizeIban(iban).replace(/(.{4})(?=.)/g, "$1 ");
}

// ---- Emergency contacts --------------------------------------------------------------------------------

export const MAX_EMERGENCY_CONTACTS = 5;

export type ContactRow = EmergencyContact;

/**
 * The contacts to save: rows left wholly empty are dropped; a row with only some of its fields says which
 * (keyed `index.field`, as the server keys its errors).
 */
/** The editor's rows for the contacts on file: copies (editing never touches what was read), or one empty row. */
export function editableContacts(onFile: readonly ContactRow[]): ContactRow[] {
  return onFile.length ? onFile.map((c) => ({ name: c.name, relationship: c.relationship, phone: c.phone })) : [{ name: "", relationship: "", phone: "" }];
}

/** Whether the editor still shows `rows` as they were filled (so a newer read may replace them). */
export function sameContacts(a: readonly ContactRow[], b: readonly ContactRow[]): boolean {
  return a.length === b.length && a.every((c, i) => c.name === b[i].name && c.relationship === b[i].relationship && c.phone === b[i].phone);
}

/** "Waiting for HR since Today, 14:05" for a pending request; its state and when it was asked otherwise. */
export function bankRequestText(request: { status: string; requested_at: string }, now: Date = new Date()): string {
  const when = formatDateTime(request.requested_at, now);
  return request.status === "pending"
    ? t("people-bank-waiting-since", { when })
    : t("people-bank-asked", { status: bankStatusLabel(request.status), when });
}

/** The message id saying each contact field is required. */
const CONTACT_REQUIRED: Record<keyof ContactRow, string> = {
  name: "people-contact-name-required",
  relationship: "people-contact-relationship-required",
  phone: "people-contact-phone-required",
};

export function contactsToSave(rows: readonly ContactRow[]): Parsed<ContactRow[]> {
  const errors: Record<string, string> = {};
  const kept: ContactRow[] = [];
  rows.forEach((row, index) => {
    const trimmed = { name: row.name.trim(), relationship: row.relationship.trim(), phone: row.phone.trim() };
    if (!trimmed.name && !trimmed.relationship && !trimmed.phone) return;
    for (const field of ["name", "relationship", "phone"] as const) {
      if (!trimmed[field]) errors[`${index}.${field}`] = t(CONTACT_REQUIRED[field]);
    }
    kept.push(trimmed);
  });
  if (kept.length > MAX_EMERGENCY_CONTACTS) errors.body = t("people-contacts-too-many", { count: MAX_EMERGENCY_CONTACTS });
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: kept };
}

// ---- What this device learnt this session --------------------------------------------------------------

/**
 * The server's profile (`GET /api/v1/me`) answers the phone but not the personal email or address, so the
 * screen remembers the last contact details saved for the account while the app runs; nothing is kept on
 * disk. Emergency contacts and bank details are read back from the server (kept by the core offline).
 */
export interface SelfServiceMemory {
  details?: { phone: string | null; personal_email: string | null; address: string | null };
}

const memory = new Map<string, SelfServiceMemory>();

export function remembered(account: string): SelfServiceMemory {
  return memory.get(account.toLowerCase()) ?? {};
}

export function remember(account: string, update: SelfServiceMemory): void {
  const key = account.toLowerCase();
  memory.set(key, { ...(memory.get(key) ?? {}), ...update });
}

// ---- Copying -------------------------------------------------------------------------------------------

/**
 * Puts `text` on the clipboard from the web view (no clipboard permission in the app): the asynchronous
 * clipboard where the web view allows it, else a selected, hidden text area and the copy command.
 */
export async function copyText(text: string, doc: Document | undefined = globalThis.document, nav: Navigator | undefined = globalThis.navigator): Promise<boolean> {
  try {
    if (nav?.clipboard?.writeText) {
      await nav.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (not a secure context, no focus): try the older way.
  }
  if (!doc?.body) return false;
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  doc.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = doc.execCommand("copy");
  } catch {
    copied = false;
  }
  area.remove();
  return copied;
}
