// Announcements: the feed everyone reads (pinned first), and HR's management of them: the states, whom
// each is for in words, the create/edit form and what it sends. The server decides what is allowed (a
// time not in the future, an expiry before the schedule, an unknown department) and says so per field.

import type {
  AnnouncementAudience_Deserialize as Audience,
  AnnouncementChanges_Deserialize as Changes,
  AnnouncementDraft_Deserialize as Draft,
  AnnouncementState,
  AppError,
  ManagedAnnouncement_Serialize as Managed,
} from "./bindings";
import { formatDateTime } from "./format";
import { t, withWords } from "./i18n.svelte";
import { fieldErrors } from "./status";

/** Shown on every disabled change button while offline: announcements change only with the server's answer. */
export function announcementsOfflineText(): string {
  return t("announcements-offline");
}

// ---- The feed ----------------------------------------------------------------------------------------

export interface FeedItem {
  attributes: { published_at: string; pinned?: boolean | null; expires_at?: string | null };
}

/** The feed: pinned ones first, then newest; one past its expiry (a copy read before it) left out. */
export function sortFeed<T extends FeedItem>(items: readonly T[], now: number = Date.now()): T[] {
  return items
    .filter((a) => !a.attributes.expires_at || Date.parse(a.attributes.expires_at) > now)
    .sort((a, b) => {
      const pin = Number(Boolean(b.attributes.pinned)) - Number(Boolean(a.attributes.pinned));
      return pin || b.attributes.published_at.localeCompare(a.attributes.published_at);
    });
}

// ---- HR's list ---------------------------------------------------------------------------------------

export type AnnouncementsTab = "feed" | "manage";

/** The tab a route parameter names ("new" opens the form on Manage); the feed for those who do not manage. */
export function announcementsTab(param: string | null, manages: boolean): AnnouncementsTab {
  return manages && (param === "manage" || param === "new") ? "manage" : "feed";
}

export interface StateInfo {
  id: AnnouncementState;
  /** The filter's name for those in the state: "Drafts". */
  readonly label: string;
  /** One announcement's state: "Draft". */
  readonly one: string;
  /** The list's empty state under the filter: "No draft announcements". */
  readonly none: string;
  tone: string;
}

/** A state's entry; its words are read in the language on screen each time they are shown. */
function stateInfo(id: AnnouncementState, label: string, one: string, none: string, tone: string): StateInfo {
  return withWords({ id, tone }, { label, one, none });
}

export const STATES: readonly StateInfo[] = [
  stateInfo("draft", "announcements-state-drafts", "announcements-state-draft", "announcements-none-draft", ""),
  stateInfo("scheduled", "announcements-state-scheduled", "announcements-state-scheduled-one", "announcements-none-scheduled", "info"),
  stateInfo("published", "announcements-state-published", "announcements-state-published-one", "announcements-none-published", "success"),
  stateInfo("expired", "announcements-state-expired", "announcements-state-expired-one", "announcements-none-expired", ""),
];

export function stateLabel(state: AnnouncementState): string {
  return STATES.find((s) => s.id === state)?.one ?? state;
}

/** How many announcements are in each state. */
export function countByState(items: readonly Pick<Managed, "state">[]): Record<AnnouncementState, number> {
  const counts: Record<AnnouncementState, number> = { draft: 0, scheduled: 0, published: 0, expired: 0 };
  for (const a of items) counts[a.state] += 1;
  return counts;
}

/** The names the audience's ids stand for, as the directory has them. */
export interface Names {
  department(id: string): string | null | undefined;
  branch(id: string): string | null | undefined;
  person(id: string): string | null | undefined;
}

function named(ids: readonly string[] | undefined, name: (id: string) => string | null | undefined, unknown: (n: number) => string): string[] {
  const list = ids ?? [];
  const known = list.map(name).filter((n): n is string => Boolean(n));
  const missing = list.length - known.length;
  return missing > 0 ? [...known, unknown(missing)] : known;
}

/** "Everyone", or "Engineering · HQ · Emma Fischer, 1 person": whom it is for, in words. */
export function audienceText(audience: Audience, names: Names): string {
  if (audience.everyone) return t("announcements-audience-everyone");
  const parts = [
    named(audience.departments, names.department, (count) => t("announcements-audience-departments", { count })),
    named(audience.branches, names.branch, (count) => t("announcements-audience-branches", { count })),
    named(audience.people, names.person, (count) => t("announcements-audience-people", { count })),
  ]
    .filter((p) => p.length > 0)
    .map((p) => p.join(t("announcements-list-separator")));
  return parts.length ? parts.join(" · ") : t("announcements-audience-nobody");
}

/** What happens when, in a line: "Publishes Tue, 3 Nov, 09:00", "Published Today, 10:12 · until …". */
export function whenText(a: Pick<Managed, "state" | "publish_at" | "published_at" | "expires_at" | "created_at">, now: Date = new Date()): string {
  const at = (iso: string | null) => formatDateTime(iso, now);
  const until = a.expires_at ? ` · ${t("announcements-when-until", { at: at(a.expires_at) })}` : "";
  switch (a.state) {
    case "draft":
      return t("announcements-when-draft", { at: at(a.created_at) }) + until;
    case "scheduled":
      return t("announcements-when-scheduled", { at: at(a.publish_at) }) + until;
    case "published":
      return t("announcements-when-published", { at: at(a.published_at) }) + until;
    case "expired":
      return t("announcements-when-expired", { published: at(a.published_at), expired: at(a.expires_at) });
  }
}

export type Action = "publish" | "expire" | "delete";

/** The question an action asks first, naming what it does to whom. */
export function actionQuestion(action: Action, a: Pick<Managed, "title" | "state">, audience: string): string {
  switch (action) {
    case "publish":
      return audience === t("announcements-audience-everyone")
        ? t("announcements-confirm-publish-everyone", { title: a.title })
        : t("announcements-confirm-publish", { title: a.title, audience });
    case "expire":
      return t("announcements-confirm-expire", { title: a.title });
    case "delete":
      return a.state === "scheduled" ? t("announcements-confirm-delete-scheduled", { title: a.title }) : t("announcements-confirm-delete", { title: a.title });
  }
}

/** What an action says it did. */
export function actionDone(action: Action, a: Pick<Managed, "title">): string {
  switch (action) {
    case "publish":
      return t("announcements-done-published", { title: a.title });
    case "expire":
      return t("announcements-done-expired", { title: a.title });
    case "delete":
      return t("announcements-done-deleted", { title: a.title });
  }
}

/** Which actions an announcement offers in its state. */
export function actionsFor(state: AnnouncementState): { edit: boolean; publish: boolean; expire: boolean; delete: boolean } {
  const open = state === "draft" || state === "scheduled";
  return { edit: true, publish: open, expire: state === "published", delete: open };
}

// ---- The form ----------------------------------------------------------------------------------------

export type When = "now" | "schedule" | "draft";

/** The form as HR fills it; times as a datetime-local input holds them ("YYYY-MM-DDTHH:MM", "" for none). */
export interface AnnouncementForm {
  title: string;
  body: string;
  everyone: boolean;
  departments: string[];
  branches: string[];
  people: string[];
  pinned: boolean;
  when: When;
  publishAt: string;
  expires: boolean;
  expiresAt: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** An instant as a datetime-local input holds it, on this device's clock; "" for none. */
export function localInput(iso: string | null | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value as an ISO instant; null when it does not read. */
export function instantOfInput(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value.trim());
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** Tomorrow at 09:00 on this device's clock: where a new schedule starts. */
export function tomorrowMorning(now: Date = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 9, 0);
  return localInput(d.toISOString());
}

export function emptyForm(now: Date = new Date()): AnnouncementForm {
  return {
    title: "",
    body: "",
    everyone: true,
    departments: [],
    branches: [],
    people: [],
    pinned: false,
    when: "now",
    publishAt: tomorrowMorning(now),
    expires: false,
    expiresAt: "",
  };
}

/** The form an announcement opens in for editing. */
export function formOfAnnouncement(a: Managed, now: Date = new Date()): AnnouncementForm {
  return {
    title: a.title,
    body: a.body,
    everyone: a.audience.everyone,
    departments: [...a.audience.departments],
    branches: [...a.audience.branches],
    people: [...a.audience.people],
    pinned: a.pinned,
    when: a.state === "scheduled" ? "schedule" : "draft",
    publishAt: a.publish_at ? localInput(a.publish_at) : tomorrowMorning(now),
    expires: Boolean(a.expires_at),
    expiresAt: localInput(a.expires_at),
  };
}

/** The audience the form names: everyone, or what was picked. */
export function audienceOf(form: Pick<AnnouncementForm, "everyone" | "departments" | "branches" | "people">): Audience {
  if (form.everyone) return { everyone: true, departments: [], branches: [], people: [] };
  return { everyone: false, departments: [...form.departments], branches: [...form.branches], people: [...form.people] };
}

/** A new announcement as the form describes it. */
export function draftOf(form: AnnouncementForm): Draft {
  return {
    title: form.title.trim(),
    body: form.body,
    audience: audienceOf(form),
    pinned: form.pinned,
    publish: form.when === "now",
    publish_at: form.when === "schedule" ? instantOfInput(form.publishAt) : null,
    expires_at: form.expires ? instantOfInput(form.expiresAt) : null,
  };
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  const x = [...new Set(a)].sort();
  const y = [...new Set(b)].sort();
  return x.length === y.length && x.every((id, i) => id === y[i]);
}

function sameAudience(a: Audience, b: Audience): boolean {
  if (a.everyone || b.everyone) return a.everyone === b.everyone;
  return sameIds(a.departments ?? [], b.departments ?? []) && sameIds(a.branches ?? [], b.branches ?? []) && sameIds(a.people ?? [], b.people ?? []);
}

function sameInstant(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return Date.parse(a) === Date.parse(b);
}

/** Whether an announcement's content (title, body, audience, schedule) can still change. */
export function contentEditable(state: AnnouncementState): boolean {
  return state === "draft" || state === "scheduled";
}

/**
 * What saving the form over `a` sends: the fields that changed (null when none did), and whether to
 * publish it straight after. A published or expired one changes only its pin and expiry.
 */
export function changesOf(a: Managed, form: AnnouncementForm): { changes: Changes | null; publish: boolean } {
  const changes: Changes = { unschedule: false, no_expiry: false };
  let any = false;
  const set = <K extends keyof Changes>(key: K, value: Changes[K]) => {
    changes[key] = value;
    any = true;
  };
  if (contentEditable(a.state)) {
    if (form.title.trim() !== a.title) set("title", form.title.trim());
    if (form.body !== a.body) set("body", form.body);
    const audience = audienceOf(form);
    if (!sameAudience(audience, a.audience)) set("audience", audience);
    if (form.when === "schedule") {
      const at = instantOfInput(form.publishAt);
      if (!sameInstant(at, a.publish_at) || a.state !== "scheduled") set("publish_at", at);
    } else if (a.state === "scheduled") {
      set("unschedule", true);
    }
  }
  if (form.pinned !== a.pinned) set("pinned", form.pinned);
  const expiry = form.expires ? instantOfInput(form.expiresAt) : null;
  if (!sameInstant(expiry, a.expires_at)) {
    if (expiry) set("expires_at", expiry);
    else set("no_expiry", true);
  }
  return { changes: any ? changes : null, publish: contentEditable(a.state) && form.when === "now" };
}

/** The form's fields the server's errors go beside: `audience.departments.0` is the audience's. */
export const FORM_FIELDS = ["title", "body", "audience", "pinned", "publish_at", "expires_at"] as const;

export function announcementErrors(error: AppError | null | undefined): Record<string, string> {
  if (!error || error.kind !== "rejected") return {};
  const fields: Record<string, string> = {};
  for (const field of Object.keys(error.errors ?? {})) {
    if (field.startsWith("audience")) fields[field] = "audience";
    if (field === "publish") fields[field] = "publish_at";
  }
  return fieldErrors(error, fields);
}

/** The form's submit button: what it will do. */
export function submitLabel(form: Pick<AnnouncementForm, "when">, editing: Managed | null): string {
  if (editing && !contentEditable(editing.state)) return t("common-save");
  switch (form.when) {
    case "now":
      return t("announcements-submit-publish-now");
    case "schedule":
      return editing?.state === "scheduled" ? t("announcements-submit-save-schedule") : t("announcements-submit-schedule");
    case "draft":
      return editing ? t("announcements-submit-save-draft") : t("announcements-submit-save-as-draft");
  }
}

/** What saving said it did. */
export function savedText(a: Pick<Managed, "title" | "state" | "publish_at">, now: Date = new Date()): string {
  switch (a.state) {
    case "published":
      return t("announcements-done-published", { title: a.title });
    case "scheduled":
      return t("announcements-saved-scheduled", { title: a.title, at: formatDateTime(a.publish_at, now) });
    case "draft":
      return t("announcements-saved-draft", { title: a.title });
    case "expired":
      return t("announcements-saved", { title: a.title });
  }
}
