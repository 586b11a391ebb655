// Company assets as people read them: HR's catalogue (its statuses, the add/edit form and what it sends),
// handing out and taking back, each asset's history, requests and reported problems; an employee's own.
// The server decides what is allowed and says so per field; this only presents it.

import type { AssetAssignmentAttributes, AssetAttributes, AssetChanges, AssetProblemAttributes, AssetRequestAttributes } from "./bindings";
import { matchesEveryWord } from "./collate";
import { formatLongDay, plural } from "./format";

/** Shown on every disabled change button while offline: assets change only with the server's answer. */
export const ASSETS_OFFLINE_TEXT = "Asset changes need a connection";

export type AssetTab = "catalogue" | "requests" | "problems" | "mine";

/** HR's tabs; "Mine" is what HR themselves hold, as every employee sees it. */
export const ASSET_TABS: readonly { id: AssetTab; label: string }[] = [
  { id: "catalogue", label: "Catalogue" },
  { id: "requests", label: "Requests" },
  { id: "problems", label: "Problems" },
  { id: "mine", label: "My assets" },
];

/** The tab a route parameter names; the catalogue when it names none. */
export function assetTab(param: string | null): AssetTab {
  return ASSET_TABS.find((tab) => tab.id === param)?.id ?? "catalogue";
}

// ---- Statuses -----------------------------------------------------------------------------------------

/** The lifecycle as HR sets it; the list shows in_stock as "available". */
export type Lifecycle = "in_stock" | "assigned" | "in_repair" | "retired";

/** The statuses HR may set by editing; an asset becomes assigned only by being assigned. */
export const EDITABLE_STATUSES: readonly { id: Lifecycle; label: string }[] = [
  { id: "in_stock", label: "In stock" },
  { id: "in_repair", label: "In repair" },
  { id: "retired", label: "Retired" },
];

/** The lifecycle of the status the list shows. */
export function lifecycleOf(status: string): Lifecycle {
  if (status === "available" || status === "in_stock") return "in_stock";
  if (status === "assigned" || status === "in_repair" || status === "retired") return status;
  return "in_stock";
}

export function statusLabel(status: string): string {
  return { in_stock: "In stock", assigned: "Assigned", in_repair: "In repair", retired: "Retired" }[lifecycleOf(status)];
}

export function statusTone(status: string): "success" | "info" | "warning" | "" {
  return { in_stock: "success", assigned: "info", in_repair: "warning", retired: "" }[lifecycleOf(status)] as "success" | "info" | "warning" | "";
}

/** How an asset comes back, and where that sends it. */
export const CONDITIONS: readonly { id: "good" | "worn" | "damaged" | "lost"; label: string; effect: string }[] = [
  { id: "good", label: "Good", effect: "back in stock" },
  { id: "worn", label: "Worn", effect: "back in stock" },
  { id: "damaged", label: "Damaged", effect: "goes to repair" },
  { id: "lost", label: "Lost", effect: "retired from the catalogue" },
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
export const COST_ERROR = "The purchase cost field must be an amount with at most two decimals.";

/** A cost as the server takes it ("1499.90"), "" for none, or null when it is not an amount. */
export function normalCost(text: string): string | null {
  const t = text.trim().replace(/,/g, "");
  if (t === "") return "";
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(t);
  if (!match) return null;
  return `${match[1]!.replace(/^0+(?=\d)/, "")}.${(match[2] ?? "").padEnd(2, "0")}`;
}

export type FormOutcome = { changes: AssetChanges; errors: Record<string, string> } | { changes: null; errors: Record<string, string> };

/** What adding the form sends; the server checks the rest (required fields, a tag taken). */
export function newAsset(form: AssetForm): FormOutcome {
  const cost = normalCost(form.cost);
  if (cost === null) return { changes: null, errors: { purchase_cost: COST_ERROR } };
  const changes: AssetChanges = { tag: form.tag.trim(), name: form.name.trim(), category: form.category.trim(), status: form.status };
  if (form.serial.trim()) changes.serial_number = form.serial.trim();
  if (form.purchaseDate) changes.purchase_date = form.purchaseDate;
  if (cost) changes.purchase_cost = cost;
  return { changes, errors: {} };
}

/** What saving the form over `asset` sends, only what changed; `changes` null and no errors when nothing did. */
export function assetChanges(asset: AssetAttributes, form: AssetForm): FormOutcome {
  const cost = normalCost(form.cost);
  if (cost === null) return { changes: null, errors: { purchase_cost: COST_ERROR } };
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
  if (from && to) return `${from} – ${to}`;
  if (from) return `Since ${from}`;
  return to ? `Until ${to}` : "Before the history was kept";
}

/** "Out good · back worn (Ear cushions replaced)": the conditions and notes of one spell. */
export function spellConditions(a: Pick<AssetAssignmentAttributes, "condition_out" | "note_out" | "condition_in" | "note_in">): string {
  const part = (word: string, condition: string | null | undefined, note: string | null | undefined) =>
    condition || note ? `${word} ${condition ?? "–"}${note ? ` (${note})` : ""}` : "";
  return [part("Out", a.condition_out, a.note_out), part("back", a.condition_in, a.note_in)].filter(Boolean).join(" · ");
}

/** Pending first, then the newest: what HR has to do comes first. */
export function sortRequests<T extends { attributes: Pick<AssetRequestAttributes, "status" | "requested_at"> }>(requests: readonly T[]): T[] {
  return [...requests].sort(
    (a, b) => Number(b.attributes.status === "pending") - Number(a.attributes.status === "pending") || b.attributes.requested_at.localeCompare(a.attributes.requested_at),
  );
}

/** "Fulfilled with ACME-MN-003 by Hanna Richter", "Declined by …: reason", "Waiting for HR". */
export function requestOutcome(a: Pick<AssetRequestAttributes, "status" | "asset_tag" | "decided_by_name" | "decision_reason">): string {
  const by = a.decided_by_name ? ` by ${a.decided_by_name}` : "";
  if (a.status === "fulfilled") return `Fulfilled${a.asset_tag ? ` with ${a.asset_tag}` : ""}${by}`;
  if (a.status === "declined") return `Declined${by}${a.decision_reason ? `: ${a.decision_reason}` : ""}`;
  return "Waiting for HR";
}

/** Open first, then the newest. */
export function sortProblems<T extends { attributes: Pick<AssetProblemAttributes, "status" | "reported_at"> }>(problems: readonly T[]): T[] {
  return [...problems].sort(
    (a, b) => Number(b.attributes.status === "open") - Number(a.attributes.status === "open") || b.attributes.reported_at.localeCompare(a.attributes.reported_at),
  );
}

/** "Resolved by Hanna Richter on 5 Mar 2026: New battery". */
export function resolutionText(a: Pick<AssetProblemAttributes, "resolved_by_name" | "resolved_at" | "resolution_note">): string {
  const by = a.resolved_by_name ? ` by ${a.resolved_by_name}` : "";
  const on = a.resolved_at ? ` on ${formatLongDay(a.resolved_at.slice(0, 10))}` : "";
  return `Resolved${by}${on}${a.resolution_note ? `: ${a.resolution_note}` : ""}`;
}

/** "2 open problems", "No open problems". */
export function openProblemsText(problems: readonly { attributes: Pick<AssetProblemAttributes, "status"> }[]): string {
  const open = problems.filter((p) => p.attributes.status === "open").length;
  return open ? `${plural(open, "open problem")}` : "No open problems";
}
