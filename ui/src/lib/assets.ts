// Company assets as people read them: HR's catalogue (its statuses, the add/edit form and what it sends),
// handing out and taking back, each asset's history, requests and reported problems; an employee's own.
// The server decides what is allowed and says so per field; this only presents it.

import type { AssetAssignmentAttributes, AssetAttributes, AssetChanges, AssetProblemAttributes, AssetRequestAttributes } from "./bindings";
import { matchesEveryWord } from "./collate";
import { formatLongDay } from "./format";
import { language, t } from "./i18n.svelte";

/** Shown on every disabled change button while offline: assets change only with the server's answer. */
export function assetsOfflineText(): string {
  return t("assets-offline");
}

/** The offline notice above a list: the reason, and that the list is the device's last copy. */
export function assetsOfflineCallout(): string {
  return t("assets-offline-callout");
}

export type AssetTab = "catalogue" | "requests" | "problems" | "mine";

/** An entry of a fixed list whose words are read in the language on screen each time they are shown. */
function labelled<Id extends string>(id: Id, message: string): { id: Id; readonly label: string } {
  return {
    id,
    get label() {
      return t(message);
    },
  };
}

/** HR's tabs; "Mine" is what HR themselves hold, as every employee sees it. */
export const ASSET_TABS: readonly { id: AssetTab; readonly label: string }[] = [
  labelled("catalogue", "assets-tab-catalogue"),
  labelled("requests", "assets-tab-requests"),
  labelled("problems", "assets-tab-problems"),
  labelled("mine", "assets-tab-mine"),
];

/** The tab a route parameter names; the catalogue when it names none. */
export function assetTab(param: string | null): AssetTab {
  return ASSET_TABS.find((tab) => tab.id === param)?.id ?? "catalogue";
}

// ---- Statuses -----------------------------------------------------------------------------------------

/** The lifecycle as HR sets it; the list shows in_stock as "available". */
export type Lifecycle = "in_stock" | "assigned" | "in_repair" | "retired";

/** The statuses HR may set by editing; an asset becomes assigned only by being assigned. */
export const EDITABLE_STATUSES: readonly { id: Lifecycle; readonly label: string }[] = [
  labelled("in_stock", "assets-status-in-stock"),
  labelled("in_repair", "assets-status-in-repair"),
  labelled("retired", "assets-status-retired"),
];

/** The lifecycle of the status the list shows. */
export function lifecycleOf(status: string): Lifecycle {
  if (status === "available" || status === "in_stock") return "in_stock";
  if (status === "assigned" || status === "in_repair" || status === "retired") return status;
  return "in_stock";
}

const STATUS_MESSAGES: Record<Lifecycle, string> = {
  in_stock: "assets-status-in-stock",
  assigned: "assets-status-assigned",
  in_repair: "assets-status-in-repair",
  retired: "assets-status-retired",
};

export function statusLabel(status: string): string {
  return t(STATUS_MESSAGES[lifecycleOf(status)]);
}

export function statusTone(status: string): "success" | "info" | "warning" | "" {
  return { in_stock: "success", assigned: "info", in_repair: "warning", retired: "" }[lifecycleOf(status)] as "success" | "info" | "warning" | "";
}

type Condition = "good" | "worn" | "damaged" | "lost";

function condition(id: Condition, label: string, effect: string): { id: Condition; readonly label: string; readonly effect: string } {
  return {
    id,
    get label() {
      return t(label);
    },
    get effect() {
      return t(effect);
    },
  };
}

/** How an asset comes back, and where that sends it. */
export const CONDITIONS: readonly { id: Condition; readonly label: string; readonly effect: string }[] = [
  condition("good", "assets-condition-good", "assets-condition-back-in-stock"),
  condition("worn", "assets-condition-worn", "assets-condition-back-in-stock"),
  condition("damaged", "assets-condition-damaged", "assets-condition-to-repair"),
  condition("lost", "assets-condition-lost", "assets-condition-retired"),
];

/**
 * A condition as the server keeps it ("good", or whatever HR typed when handing out) in the words of the
 * language on screen, mid-sentence; "–" for none. Words HR typed themselves are shown as they are.
 */
export function conditionWord(condition: string | null | undefined): string {
  return condition ? t("assets-condition-word", { condition }) : "–";
}

/** Categories offered as one types (anything else may be typed): the employee's request form… */
export const ASK_CATEGORIES: readonly string[] = [
  "assets-category-laptop",
  "assets-category-monitor",
  "assets-category-headset",
  "assets-category-phone",
  "assets-category-keyboard",
  "assets-category-mouse",
  "assets-category-docking-station",
];

/** …and HR's catalogue form. Message ids; shown with `t`. */
export const CATALOGUE_CATEGORIES: readonly string[] = [
  "assets-category-laptop",
  "assets-category-monitor",
  "assets-category-headset",
  "assets-category-phone",
  "assets-category-keyboard",
  "assets-category-docking-station",
];

// ---- The catalogue's filter ---------------------------------------------------------------------------

export type CatalogueFilter = "all" | Lifecycle;

type Listed = { attributes: AssetAttributes };

export function filterAssets<T extends Listed>(assets: readonly T[], filter: CatalogueFilter, search: string): T[] {
  return assets.filter((a) => {
    const x = a.attributes;
    if (filter !== "all" && lifecycleOf(x.status) !== filter) return false;
    return matchesEveryWord(search, [x.asset_tag, x.name, x.category, x.holder_name, x.serial_number]);
  });
}

export function countByStatus(assets: readonly Listed[]): Record<CatalogueFilter, number> {
  const counts: Record<CatalogueFilter, number> = { all: assets.length, in_stock: 0, assigned: 0, in_repair: 0, retired: 0 };
  for (const a of assets) counts[lifecycleOf(a.attributes.status)] += 1;
  return counts;
}

/** The assets in stock that could fulfil a request for `category` (same category, any case), by tag. */
export function inStockFor<T extends Listed & { id: string }>(assets: readonly T[], category: string): T[] {
  const wanted = category.trim().toLowerCase();
  return assets
    .filter((a) => lifecycleOf(a.attributes.status) === "in_stock" && a.attributes.category.trim().toLowerCase() === wanted)
    .sort((a, b) => a.attributes.asset_tag.localeCompare(b.attributes.asset_tag));
}

// ---- The add/edit form --------------------------------------------------------------------------------

export interface AssetForm {
  tag: string;
  name: string;
  category: string;
  serial: string;
  /** "YYYY-MM-DD" or "". */
  purchaseDate: string;
  /** As typed: "1499", "1499.90", "". */
  cost: string;
  status: Lifecycle;
}

export const EMPTY_ASSET_FORM: AssetForm = { tag: "", name: "", category: "", serial: "", purchaseDate: "", cost: "", status: "in_stock" };

export function assetFormOf(asset: AssetAttributes): AssetForm {
  return {
    tag: asset.asset_tag,
    name: asset.name,
    category: asset.category,
    serial: asset.serial_number ?? "",
    purchaseDate: asset.purchase_date ?? "",
    cost: asset.purchase_cost ?? "",
    status: lifecycleOf(asset.status),
  };
}

/** The server's words for a cost it cannot read; said before sending, as the app cannot send it at all. */
export function costError(): string {
  return t("assets-cost-error");
}

/** The decimal mark of a language: "." in English, "," in German, French, Spanish and Portuguese. */
function decimalMark(locale: string): string {
  const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === "decimal")?.value;
  return part === "," ? "," : ".";
}

/** An example cost for the form's placeholder, written as the language on screen writes amounts. */
export function costExample(locale: string = language()): string {
  return `1499${decimalMark(locale)}00`;
}

/**
 * A cost as the server takes it ("1499.90"), "" for none, or null when it is not an amount. Typed as the
 * reader writes numbers: "1,499.90" in English, "1.499,90" in German, Arabic-Indic digits in Arabic. A lone
 * mark with one or two digits after it is the decimal mark in any language ("1499.90" in German too, as the
 * server sends it); with three, it groups thousands unless it is the language's decimal mark.
 */
export function normalCost(text: string, locale: string = language()): string | null {
  const typed = text
    .replace(/[\s\u00a0\u202f']/g, "")
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, ".")
    .replace(/\u066c/g, ",");
  if (typed === "") return "";
  const lastDot = typed.lastIndexOf(".");
  const lastComma = typed.lastIndexOf(",");
  let decimal: "." | "," | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? "." : ",";
  else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? "." : ",";
    const parts = typed.split(mark);
    if (parts.length === 2 && (parts[1]!.length !== 3 || mark === decimalMark(locale))) decimal = mark;
  }
  const cut = decimal ? typed.lastIndexOf(decimal) : typed.length;
  const [first, ...groups] = typed.slice(0, cut).split(decimal === "." ? "," : decimal === "," ? "." : /[.,]/);
  // Thousands grouped in threes, or not at all.
  if (groups.some((group) => !/^\d{3}$/.test(group))) return null;
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(`${first}${groups.join("")}${decimal ? `.${typed.slice(cut + 1)}` : ""}`);
  if (!match) return null;
  return `${match[1]!.replace(/^0+(?=\d)/, "")}.${(match[2] ?? "").padEnd(2, "0")}`;
}

export type FormOutcome = { changes: AssetChanges; errors: Record<string, string> } | { changes: null; errors: Record<string, string> };

/** What adding the form sends; the server checks the rest (required fields, a tag taken). */
export function newAsset(form: AssetForm): FormOutcome {
  const cost = normalCost(form.cost);
  if (cost === null) return { changes: null, errors: { purchase_cost: costError() } };
  const changes: AssetChanges = { tag: form.tag.trim(), name: form.name.trim(), category: form.category.trim(), status: form.status };
  if (form.serial.trim()) changes.serial_number = form.serial.trim();
  if (form.purchaseDate) changes.purchase_date = form.purchaseDate;
  if (cost) changes.purchase_cost = cost;
  return { changes, errors: {} };
}

/** What saving the form over `asset` sends, only what changed; `changes` null and no errors when nothing did. */
export function assetChanges(asset: AssetAttributes, form: AssetForm): FormOutcome {
  const cost = normalCost(form.cost);
  if (cost === null) return { changes: null, errors: { purchase_cost: costError() } };
  const was = assetFormOf(asset);
  const change: AssetChanges = {};
  if (form.tag.trim() !== was.tag) change.tag = form.tag.trim();
  if (form.name.trim() !== was.name) change.name = form.name.trim();
  if (form.category.trim() !== was.category) change.category = form.category.trim();
  if (form.serial.trim() && form.serial.trim() !== was.serial) change.serial_number = form.serial.trim();
  if (form.purchaseDate && form.purchaseDate !== was.purchaseDate) change.purchase_date = form.purchaseDate;
  if (cost && cost !== normalCost(was.cost)) change.purchase_cost = cost;
  if (was.status !== "assigned" && form.status !== was.status) change.status = form.status;
  return { changes: Object.keys(change).length ? change : null, errors: {} };
}

/** The form's fields by the names the server gives its errors. */
export const ASSET_FIELDS = ["tag", "name", "category", "serial_number", "purchase_date", "purchase_cost", "status"] as const;

// ---- History, requests, problems ----------------------------------------------------------------------

/** "3 Jan 2026 – 5 Mar 2026", "Since 3 Jan 2026", "Before the history was kept". */
export function spellDates(a: Pick<AssetAssignmentAttributes, "assigned_at" | "returned_at">): string {
  const from = a.assigned_at ? formatLongDay(a.assigned_at.slice(0, 10)) : null;
  const to = a.returned_at ? formatLongDay(a.returned_at.slice(0, 10)) : null;
  if (from && to) return t("assets-spell-range", { from, to });
  if (from) return t("assets-spell-since", { from });
  return to ? t("assets-spell-until", { to }) : t("assets-spell-unknown");
}

/** "Out good · back worn (Ear cushions replaced)": the conditions and notes of one spell. */
export function spellConditions(a: Pick<AssetAssignmentAttributes, "condition_out" | "note_out" | "condition_in" | "note_in">): string {
  const out = a.condition_out || a.note_out ? spellPart(a.condition_out, a.note_out, "assets-spell-out", "assets-spell-out-note") : "";
  const back = a.condition_in || a.note_in ? spellPart(a.condition_in, a.note_in, "assets-spell-back", "assets-spell-back-note") : "";
  return [out, back].filter(Boolean).join(" · ");
}

function spellPart(condition: string | null | undefined, note: string | null | undefined, plain: string, noted: string): string {
  return note ? t(noted, { condition: conditionWord(condition), note }) : t(plain, { condition: conditionWord(condition) });
}

/** Pending first, then the newest: what HR has to do comes first. */
export function sortRequests<T extends { attributes: Pick<AssetRequestAttributes, "status" | "requested_at"> }>(requests: readonly T[]): T[] {
  return [...requests].sort(
    (a, b) => Number(b.attributes.status === "pending") - Number(a.attributes.status === "pending") || b.attributes.requested_at.localeCompare(a.attributes.requested_at),
  );
}

/** "Fulfilled with ACME-MN-003 by Hanna Richter", "Declined by …: reason", "Waiting for HR". */
export function requestOutcome(a: Pick<AssetRequestAttributes, "status" | "asset_tag" | "decided_by_name" | "decision_reason">): string {
  const by = a.decided_by_name ?? "";
  const tag = a.asset_tag ?? "";
  const reason = a.decision_reason ?? "";
  if (a.status === "fulfilled") {
    if (tag && by) return t("assets-outcome-fulfilled-with-by", { tag, by });
    if (tag) return t("assets-outcome-fulfilled-with", { tag });
    return by ? t("assets-outcome-fulfilled-by", { by }) : t("assets-outcome-fulfilled");
  }
  if (a.status === "declined") {
    if (by && reason) return t("assets-outcome-declined-by-reason", { by, reason });
    if (reason) return t("assets-outcome-declined-reason", { reason });
    return by ? t("assets-outcome-declined-by", { by }) : t("assets-outcome-declined");
  }
  return t("assets-outcome-waiting");
}

/** Open first, then the newest. */
export function sortProblems<T extends { attributes: Pick<AssetProblemAttributes, "status" | "reported_at"> }>(problems: readonly T[]): T[] {
  return [...problems].sort(
    (a, b) => Number(b.attributes.status === "open") - Number(a.attributes.status === "open") || b.attributes.reported_at.localeCompare(a.attributes.reported_at),
  );
}

/** "Resolved by Hanna Richter on 5 Mar 2026: New battery". */
export function resolutionText(a: Pick<AssetProblemAttributes, "resolved_by_name" | "resolved_at" | "resolution_note">): string {
  const by = a.resolved_by_name ?? "";
  const date = a.resolved_at ? formatLongDay(a.resolved_at.slice(0, 10)) : "";
  const text =
    by && date
      ? t("assets-resolved-by-on", { by, date })
      : by
        ? t("assets-resolved-by", { by })
        : date
          ? t("assets-resolved-on", { date })
          : t("assets-resolved");
  return a.resolution_note ? t("assets-resolved-note", { text, note: a.resolution_note }) : text;
}

/** "2 open problems", "No open problems". */
export function openProblemsText(problems: readonly { attributes: Pick<AssetProblemAttributes, "status"> }[]): string {
  const open = problems.filter((p) => p.attributes.status === "open").length;
  return t("assets-open-problems", { count: open });
}

/**
 * A message whose variables are shown emphasised (a name in bold inside a sentence), in the order the
 * language puts them: the text between them, and each variable as `{ strong }`.
 */
export function emphasised(message: string, args: Record<string, string>): ({ text: string } | { strong: string })[] {
  const keys = Object.keys(args);
  // Private-use characters stand in for the variables while the sentence is put together.
  const marks = Object.fromEntries(keys.map((key, i) => [key, String.fromCharCode(0xe000 + i)]));
  const text = t(message, marks);
  return text
    .split(/([\ue000-\ue0ff])/)
    .filter((part) => part !== "")
    .map((part) => {
      const index = part.length === 1 ? part.charCodeAt(0) - 0xe000 : -1;
      return index >= 0 && index < keys.length ? { strong: args[keys[index]!]! } : { text: part };
    });
}
