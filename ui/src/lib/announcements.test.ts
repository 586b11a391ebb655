import { describe, expect, it } from "vitest";
import type { ManagedAnnouncement_Serialize as Managed } from "./bindings";
import {
  actionQuestion,
  actionsFor,
  announcementErrors,
  announcementsTab,
  audienceOf,
  audienceText,
  changesOf,
  countByState,
  draftOf,
  emptyForm,
  formOfAnnouncement,
  instantOfInput,
  localInput,
  savedText,
  sortFeed,
  submitLabel,
  whenText,
} from "./announcements";

const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).toISOString();
const NOW = new Date(2026, 10, 20, 12, 0);

const base: Managed = {
  id: "9",
  title: "Sprint demo",
  body: "Friday at 4",
  author_name: "Hanna Richter",
  state: "draft",
  audience: { everyone: false, departments: ["2"], branches: [], people: [] },
  pinned: false,
  publish_at: null,
  published_at: null,
  expires_at: null,
  created_at: local(2026, 11, 19, 10),
};

describe("the feed", () => {
  it("shows pinned ones first, then the newest, and nothing past its expiry", () => {
    const item = (id: string, published: string, pinned = false, expires: string | null = null) => ({ id, attributes: { published_at: published, pinned, expires_at: expires } });
    const items = [
      item("old", "2026-11-01T09:00:00Z"),
      item("new", "2026-11-19T09:00:00Z"),
      item("pinned", "2026-10-01T09:00:00Z", true),
      item("gone", "2026-11-20T09:00:00Z", false, "2026-11-20T10:00:00Z"),
    ];
    expect(sortFeed(items, Date.parse("2026-11-20T11:00:00Z")).map((i) => i.id)).toEqual(["pinned", "new", "old"]);
  });

  it("is the only tab of those who do not manage announcements", () => {
    expect(announcementsTab("manage", false)).toBe("feed");
    expect(announcementsTab("manage", true)).toBe("manage");
    expect(announcementsTab("new", true)).toBe("manage");
    expect(announcementsTab(null, true)).toBe("feed");
  });
});

describe("HR's list", () => {
  const names = {
    department: (id: string) => ({ "2": "Engineering", "3": "Sales" })[id],
    branch: (id: string) => ({ "1": "HQ" })[id],
    person: (id: string) => ({ "7": "Emma Fischer" })[id],
  };

  it("says whom each is for", () => {
    expect(audienceText({ everyone: true, departments: [], branches: [], people: [] }, names)).toBe("Everyone");
    expect(audienceText({ everyone: false, departments: ["2", "3"], branches: ["1"], people: ["7", "99"] }, names)).toBe(
      "Engineering, Sales · HQ · Emma Fischer, 1 person",
    );
    expect(audienceText({ everyone: false, departments: [], branches: [], people: [] }, names)).toBe("Nobody yet");
  });

  it("counts them by state and offers what each state allows", () => {
    expect(countByState([{ state: "draft" }, { state: "draft" }, { state: "expired" }])).toEqual({ draft: 2, scheduled: 0, published: 0, expired: 1 });
    expect(actionsFor("draft")).toEqual({ edit: true, publish: true, expire: false, delete: true });
    expect(actionsFor("published")).toEqual({ edit: true, publish: false, expire: true, delete: false });
  });

  it("asks before publishing, naming who is told", () => {
    expect(actionQuestion("publish", base, "Engineering")).toBe("Publish “Sprint demo” now? Its audience (Engineering) is notified at once.");
    expect(actionQuestion("delete", { ...base, state: "scheduled" }, "Everyone")).toBe("Delete “Sprint demo”? It will not be published. This cannot be undone.");
  });

  it("says when it goes out and comes down", () => {
    const scheduled = { ...base, state: "scheduled" as const, publish_at: local(2026, 11, 21, 9), expires_at: local(2026, 11, 28, 18) };
    expect(whenText(scheduled, NOW)).toBe("Publishes Sat, 21 Nov, 09:00 · until Sat, 28 Nov, 18:00");
    expect(savedText(scheduled, NOW)).toBe("Scheduled “Sprint demo” for Sat, 21 Nov, 09:00.");
  });
});

describe("the form", () => {
  it("turns datetime-local values into instants and back", () => {
    expect(localInput(local(2026, 11, 21, 9, 5))).toBe("2026-11-21T09:05");
    expect(instantOfInput("2026-11-21T09:05")).toBe(local(2026, 11, 21, 9, 5));
    expect(instantOfInput("tomorrow")).toBeNull();
    expect(emptyForm(NOW).publishAt).toBe("2026-11-21T09:00");
  });

  it("sends a new one as it is described", () => {
    const form = { ...emptyForm(NOW), title: " All hands ", body: "Atrium", everyone: false, departments: ["2"], when: "schedule" as const, expires: true, expiresAt: "2026-11-28T18:00" };
    expect(draftOf(form)).toEqual({
      title: "All hands",
      body: "Atrium",
      audience: { everyone: false, departments: ["2"], branches: [], people: [] },
      pinned: false,
      publish: false,
      publish_at: local(2026, 11, 21, 9),
      expires_at: local(2026, 11, 28, 18),
    });
    expect(draftOf({ ...form, when: "now", expires: false })).toMatchObject({ publish: true, publish_at: null, expires_at: null });
    expect(audienceOf({ everyone: true, departments: ["2"], branches: [], people: [] })).toEqual({ everyone: true, departments: [], branches: [], people: [] });
  });

  it("sends only what changed, and publishes after when asked", () => {
    const form = formOfAnnouncement(base, NOW);
    expect(changesOf(base, form)).toEqual({ changes: null, publish: false });
    expect(changesOf(base, { ...form, departments: ["2", "3"], when: "now" })).toEqual({
      changes: { unschedule: false, no_expiry: false, audience: { everyone: false, departments: ["2", "3"], branches: [], people: [] } },
      publish: true,
    });
    const scheduled = { ...base, state: "scheduled" as const, publish_at: local(2026, 11, 21, 9) };
    expect(changesOf(scheduled, { ...formOfAnnouncement(scheduled, NOW), when: "draft" }).changes).toEqual({ unschedule: true, no_expiry: false });
  });

  it("changes only the pin and expiry of a published one", () => {
    const published = { ...base, state: "published" as const, published_at: local(2026, 11, 19, 9), expires_at: local(2026, 11, 30, 9) };
    const form = { ...formOfAnnouncement(published, NOW), title: "Ignored", pinned: true, expires: false };
    expect(changesOf(published, form)).toEqual({ changes: { unschedule: false, no_expiry: true, pinned: true }, publish: false });
    expect(submitLabel(form, published)).toBe("Save");
    expect(submitLabel({ when: "now" }, null)).toBe("Publish now");
  });

  it("puts the server's audience errors beside the audience", () => {
    const error = { kind: "rejected" as const, message: "x", errors: { "audience.departments.0": ["The selected department is invalid."], title: ["The title field is required."] } };
    expect(announcementErrors(error)).toEqual({ audience: "The selected department is invalid.", title: "The title field is required." });
    expect(announcementErrors({ kind: "unreachable", message: "down" })).toEqual({});
  });
});
