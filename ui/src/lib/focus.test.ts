// The tests run without a DOM (vitest's node environment): a small fake document stands in, with just
// what focus.ts touches — querySelector, activeElement, body, and elements that take focus like real ones.

import { describe, expect, it } from "vitest";
import { focusHeading, focusLost, focusSafely } from "./focus";

class FakeElement {
  isConnected = true;
  disabled = false;
  attributes = new Map<string, string>();
  constructor(
    private doc: FakeDocument,
    readonly name: string,
  ) {}
  focus() {
    // Like a browser: a removed or disabled element, or one without a tabindex that is not a control, stays unfocused.
    const focusable = this.name !== "h1" || this.attributes.has("tabindex");
    if (this.isConnected && !this.disabled && focusable) this.doc.activeElement = this;
  }
  hasAttribute(name: string) {
    return this.attributes.has(name);
  }
  setAttribute(name: string, value: string) {
    this.attributes.set(name, value);
  }
}

class FakeDocument {
  body = new FakeElement(this, "body");
  activeElement: FakeElement | null = this.body;
  elements = new Map<string, FakeElement>();
  add(selector: string, name = selector) {
    const el = new FakeElement(this, name);
    this.elements.set(selector, el);
    return el;
  }
  querySelector(selector: string) {
    const el = this.elements.get(selector);
    return el && el.isConnected ? el : null;
  }
  get doc() {
    return this as unknown as Document;
  }
}

const asEl = (el: FakeElement) => el as unknown as Element;

describe("focusHeading", () => {
  it("makes the screen's h1 focusable by script only and focuses it", () => {
    const d = new FakeDocument();
    const h1 = d.add("main h1", "h1");
    expect(focusHeading(d.doc)).toBe(true);
    expect(h1.attributes.get("tabindex")).toBe("-1");
    expect(d.activeElement).toBe(h1);
  });
  it("keeps a heading's own tabindex", () => {
    const d = new FakeDocument();
    const h1 = d.add("main h1", "h1");
    h1.setAttribute("tabindex", "0");
    focusHeading(d.doc);
    expect(h1.attributes.get("tabindex")).toBe("0");
  });
  it("says so when there is no heading", () => {
    const d = new FakeDocument();
    expect(focusHeading(d.doc)).toBe(false);
    expect(focusLost(d.doc)).toBe(true);
  });
});

describe("focusSafely", () => {
  it("focuses the target when it is still there", () => {
    const d = new FakeDocument();
    const next = d.add("#next");
    expect(focusSafely("#next", null, d.doc)).toBe(true);
    expect(d.activeElement).toBe(next);
    expect(focusLost(d.doc)).toBe(false);
  });
  it("falls back when the target was removed or is disabled", () => {
    const d = new FakeDocument();
    const gone = d.add("#gone");
    gone.isConnected = false;
    const all = d.add("#all");
    expect(focusSafely(asEl(gone), "#all", d.doc)).toBe(true);
    expect(d.activeElement).toBe(all);

    const disabled = d.add("#disabled");
    disabled.disabled = true;
    const other = d.add("#other");
    expect(focusSafely("#disabled", asEl(other), d.doc)).toBe(true);
    expect(d.activeElement).toBe(other);
  });
  it("ends on the heading, then on <main>, never on <body>", () => {
    const d = new FakeDocument();
    const main = d.add("main");
    expect(focusSafely("#missing", "#missing-too", d.doc)).toBe(true);
    expect(d.activeElement).toBe(main);

    const h1 = d.add("main h1", "h1");
    expect(focusSafely(null, undefined, d.doc)).toBe(true);
    expect(d.activeElement).toBe(h1);
  });
  it("says so when nothing could take focus", () => {
    const d = new FakeDocument();
    expect(focusSafely("#missing", undefined, d.doc)).toBe(false);
    expect(focusLost(d.doc)).toBe(true);
  });
});
