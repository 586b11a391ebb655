// Contact details as links the device opens with its own browser, dialler or mail app: a help page, a
// phone number, an email address. Anything else stays text.

import { commands } from "./bindings";
import { call } from "./api";

/** A web page as a link: http(s) only (a bare "help.example.com" gets https://); null otherwise. */
export function webHref(url: string | null | undefined): string | null {
  const text = url?.trim();
  if (!text) return null;
  try {
    const parsed = new URL(/^[a-z][a-z\d+.-]*:/i.test(text) ? text : `https://${text}`);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** "+49 30 1234-56" → "tel:+4930123456"; null when there are no digits to dial. */
export function telHref(phone: string | null | undefined): string | null {
  const digits = (phone ?? "").trim().replace(/(?!^\+)[^\d]/g, "");
  return /\d{3,}/.test(digits) ? `tel:${digits}` : null;
}

export function mailHref(email: string | null | undefined): string | null {
  const text = email?.trim();
  return text && /^[^\s@]+@[^\s@]+$/.test(text) ? `mailto:${text}` : null;
}

/**
 * A link's click: the web view never navigates away from the app, the device opens it instead. Without
 * the app around it (a plain browser), the link's own behaviour stays.
 */
export async function openLink(event: MouseEvent): Promise<void> {
  const href = (event.currentTarget as HTMLAnchorElement | null)?.href;
  if (!href || !("__TAURI_INTERNALS__" in globalThis)) return;
  event.preventDefault();
  await call(() => commands.openLink(href));
}
