import { describe, expect, it } from "vitest";
import type { AssetAttributes } from "./bindings";
import {
  costError,
  EMPTY_ASSET_FORM,
  assetChanges,
  assetFormOf,
  assetTab,
  conditionWord,
  costExample,
  countByStatus,
  emphasised,
  filterAssets,
  inStockFor,
  lifecycleOf,
  newAsset,
  normalCost,
  openProblemsText,
  requestOutcome,
  resolutionText,
  sortProblems,
  sortRequests,
  spellConditions,
  spellDates,
  statusLabel,
} from "./assets";

function asset(id: string, over: Partial<AssetAttributes> = {}): { id: string; attributes: AssetAttributes } {
  return {
    id,
    attributes: {
      asset_tag: `ACME-${id}`,
      name: "ThinkPad X1",
      category: "Laptop",
      serial_number: null,
      status: "available",
      holder_name: null,
      assigned_at: null,
      ...over,
    },
  };
}

describe("tabs and statuses", () => {
  it("reads the tab from the route, the catalogue by default", () => {
    expect(assetTab("problems")).toBe("problems");
    expect(assetTab(null)).toBe("catalogue");
    expect(assetTab("nonsense")).toBe("catalogue");
  });

  it("shows available as in stock, and every lifecycle in words", () => {
    expect(lifecycleOf("available")).toBe("in_stock");
    expect(statusLabel("available")).toBe("In stock");
    expect(statusLabel("in_repair")).toBe("In repair");
    expect(statusLabel("assigned")).toBe("Assigned");
  });
});

describe("the catalogue", () => {
  const list = [
    asset("1", { status: "assigned", holder_name: "Emma Fischer" }),
    asset("2", { category: "Monitor", name: "Dell U2723QE" }),
    asset("3", { status: "in_repair" }),
    asset("4", { category: "monitor", asset_tag: "ACME-0" }),
  ];

  it("filters by status and by words in any field, whatever the accents", () => {
    expect(filterAssets(list, "in_stock", "").map((a) => a.id)).toEqual(["2", "4"]);
    expect(filterAssets(list, "all", "emma").map((a) => a.id)).toEqual(["1"]);
    expect(filterAssets(list, "all", "DELL u27").map((a) => a.id)).toEqual(["2"]);
    expect(countByStatus(list)).toEqual({ all: 4, in_stock: 2, assigned: 1, in_repair: 1, retired: 0 });
  });

  it("offers the assets in stock of a request's category, by tag", () => {
    expect(inStockFor(list, " Monitor ").map((a) => a.id)).toEqual(["4", "2"]);
    expect(inStockFor(list, "Phone")).toEqual([]);
  });
});

describe("the add/edit form", () => {
  it("reads costs as the server takes them, and refuses what is not an amount", () => {
    expect(normalCost("1499")).toBe("1499.00");
    expect(normalCost(" 1,499.9 ")).toBe("1499.90");
    expect(normalCost("")).toBe("");
    expect(normalCost("12.345")).toBeNull();
    expect(normalCost("-3")).toBeNull();
  });

  it("reads costs as the reader's language writes them", () => {
    expect(normalCost("1.499,90", "de")).toBe("1499.90");
    expect(normalCost("1499,9", "de")).toBe("1499.90");
    expect(normalCost("1499.90", "de")).toBe("1499.90");
    expect(normalCost("12.345", "de")).toBe("12345.00");
    expect(normalCost("1\u202f499,90", "fr")).toBe("1499.90");
    expect(normalCost("١٤٩٩٫٩", "ar")).toBe("1499.90");
    expect(normalCost("1.2.3", "de")).toBeNull();
    expect(costExample("en")).toBe("1499.00");
    expect(costExample("de")).toBe("1499,00");
  });

  it("adds with what was filled in, or says what is wrong with the cost beside it", () => {
    const form = { ...EMPTY_ASSET_FORM, tag: " LT-9 ", name: "Mac", category: "Laptop", cost: "999", purchaseDate: "2026-01-15" };
    expect(newAsset(form)).toEqual({
      changes: { tag: "LT-9", name: "Mac", category: "Laptop", status: "in_stock", purchase_date: "2026-01-15", purchase_cost: "999.00" },
      errors: {},
    });
    expect(newAsset({ ...form, cost: "a lot" })).toEqual({ changes: null, errors: { purchase_cost: costError() } });
  });

  it("sends only what changed, and never a status for an assigned asset", () => {
    const laptop = asset("1", { purchase_cost: "1499.00", purchase_date: "2026-01-15" }).attributes;
    const form = assetFormOf(laptop);
    expect(assetChanges(laptop, form).changes).toBeNull();
    expect(assetChanges(laptop, { ...form, cost: "1499", name: "ThinkPad X1 Gen 12", status: "in_repair" }).changes).toEqual({
      name: "ThinkPad X1 Gen 12",
      status: "in_repair",
    });
    const held = asset("2", { status: "assigned" }).attributes;
    expect(assetChanges(held, { ...assetFormOf(held), status: "retired" }).changes).toBeNull();
  });
});

describe("history, requests and problems", () => {
  it("says when someone held an asset and how it went and came back", () => {
    expect(spellDates({ assigned_at: "2026-01-03T09:00:00Z", returned_at: "2026-03-05T10:00:00Z" })).toBe("3 Jan 2026 – 5 Mar 2026");
    expect(spellDates({ assigned_at: "2026-01-03T09:00:00Z", returned_at: null })).toBe("Since 3 Jan 2026");
    expect(spellDates({ assigned_at: null, returned_at: null })).toBe("Before the history was kept");
    expect(spellConditions({ condition_out: "good", note_out: null, condition_in: "worn", note_in: "Ear cushions replaced" })).toBe(
      "Out good · back worn (Ear cushions replaced)",
    );
    expect(spellConditions({ condition_out: null, note_out: null, condition_in: null, note_in: null })).toBe("");
  });

  it("puts what waits for HR first, then the newest", () => {
    const r = (id: string, status: string, at: string) => ({ id, attributes: { status, requested_at: at } });
    expect(sortRequests([r("1", "declined", "2026-03-01"), r("2", "pending", "2026-01-01"), r("3", "pending", "2026-02-01")]).map((x) => x.id)).toEqual([
      "3",
      "2",
      "1",
    ]);
    const p = (id: string, status: string, at: string) => ({ id, attributes: { status, reported_at: at } });
    expect(sortProblems([p("1", "resolved", "2026-03-01"), p("2", "open", "2026-01-01")]).map((x) => x.id)).toEqual(["2", "1"]);
    expect(openProblemsText([p("1", "resolved", "x"), p("2", "open", "y")])).toBe("1 open problem");
    expect(openProblemsText([])).toBe("No open problems");
  });

  it("shows the server's condition words in the reader's words, and typed ones as they are", () => {
    expect(conditionWord("good")).toBe("good");
    expect(conditionWord("slightly scuffed")).toBe("slightly scuffed");
    expect(conditionWord(null)).toBe("–");
  });

  it("marks the variables of a sentence to show them emphasised", () => {
    expect(emphasised("assets-request-asks", { name: "Emma Fischer", category: "Monitor" })).toEqual([
      { strong: "Emma Fischer" },
      { text: " asks for a " },
      { strong: "Monitor" },
    ]);
  });

  it("words a decision and a resolution", () => {
    expect(requestOutcome({ status: "fulfilled", asset_tag: "ACME-MN-003", decided_by_name: "Hanna Richter", decision_reason: null })).toBe(
      "Fulfilled with ACME-MN-003 by Hanna Richter",
    );
    expect(requestOutcome({ status: "declined", asset_tag: null, decided_by_name: "Hanna Richter", decision_reason: "None left" })).toBe(
      "Declined by Hanna Richter: None left",
    );
    expect(requestOutcome({ status: "pending", asset_tag: null, decided_by_name: null, decision_reason: null })).toBe("Waiting for HR");
    expect(resolutionText({ resolved_by_name: "Hanna Richter", resolved_at: "2026-03-05T10:00:00Z", resolution_note: "New battery" })).toBe(
      "Resolved by Hanna Richter on 5 Mar 2026: New battery",
    );
  });
});
