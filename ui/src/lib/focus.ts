// Where keyboard focus goes after the page changes under it: a new screen, or a write that removed the
// control that had focus. Focus must never be left on a removed element or on <body>.

type Target = Element | string | null | undefined;

function resolve(target: Target, doc: Document): HTMLElement | null {
  const el = typeof target === "string" ? doc.querySelector(target) : target;
  return el && (el as HTMLElement).isConnected && typeof (el as HTMLElement).focus === "function" ? (el as HTMLElement) : null;
}

/** Focuses `el` if it can hold focus (connected, not disabled, not hidden); says whether it did. */
function tryFocus(el: HTMLElement | null, doc: Document): boolean {
  if (!el) return false;
  el.focus({ preventScroll: true });
  return doc.activeElement === el;
}

/**
 * Moves focus to the screen's heading (`main h1`), made focusable by script only (tabindex="-1", so it
 * adds no Tab stop). Says whether it found one to focus.
 */
export function focusHeading(doc: Document = document): boolean {
  const heading = doc.querySelector<HTMLElement>("main h1");
  if (!heading) return false;
  if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
  return tryFocus(heading, doc);
}

/**
 * Focuses `target` (an element or a selector) if it is still on the page and focusable, else `fallback`,
 * else the screen's heading, else <main>. Call it after the DOM has updated (`await tick()`).
 * Says whether anything took focus.
 */
export function focusSafely(target: Target, fallback?: Target, doc: Document = document): boolean {
  if (tryFocus(resolve(target, doc), doc)) return true;
  if (fallback !== undefined && tryFocus(resolve(fallback, doc), doc)) return true;
  if (focusHeading(doc)) return true;
  return tryFocus(resolve("main", doc), doc);
}

/** Whether focus is nowhere useful: on <body>, or on nothing at all. */
export function focusLost(doc: Document = document): boolean {
  const active = doc.activeElement;
  return !active || active === doc.body || !active.isConnected;
}
