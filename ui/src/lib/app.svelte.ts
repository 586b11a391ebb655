// The app-wide state: the session, the profile, the sync status, the route, and a revision that
// bumps whenever the core says something changed (screens re-read their data on it).

import { commands, events } from "./bindings";
import type { AppInfo_Serialize, CoreChanged, ProfileView_Serialize, Status_Serialize } from "./bindings";
import { call } from "./api";
import { asRole, canSee, parseRoute, routeHash, type Role, type Route, type Screen } from "./nav";
import { applyTheme, loadTheme, saveTheme, type Theme } from "./theme";
import { language, loadLanguageChoice, resolveChoice, saveLanguageChoice, t, useLanguage, type LanguageChoice } from "./i18n.svelte";

export const app = $state({
  /** The first render with real data (or the sign-in screen) has happened. */
  ready: false,
  signedIn: false,
  info: null as AppInfo_Serialize | null,
  profile: null as ProfileView_Serialize | null,
  /** The company's logo (a `data:` URL from the device's cache), when the org has uploaded one. */
  companyLogo: null as string | null,
  status: null as Status_Serialize | null,
  /** Punch corrections waiting for the user's decision (leave requests are in `status`). */
  correctionsWaiting: 0,
  unread: 0,
  /** The core said the session ended (queued writes are kept). */
  needsLogin: false,
  /** Showing the sign-in form over a session that needs a new sign-in. */
  reauth: false,
  /** Bumped on every change event: screens re-read their data. */
  revision: 0,
  route: { screen: "today", param: null } as Route,
  narrow: false,
  now: Date.now(),
  theme: "system" as Theme,
  language: "system" as LanguageChoice,
  /** A message for everyone: e.g. "Signed out". */
  toast: "" as string,
});

export function role(): Role {
  return asRole(app.profile?.employee.attributes.role);
}

export function myId(): string {
  return app.profile?.employee.id ?? (app.status ? String(app.status.employee_id) : "");
}

/** The signed-in company's name, or the product's before the profile is known. */
export function companyName(): string {
  return app.profile?.company?.name ?? t("app-name");
}

/**
 * Whether the company's data (directory, team attendance) has reached this device: a sign-in fills the
 * person's own data first and the rest in the background, which a large company's takes a while.
 */
export function companyDataFilled(): boolean {
  return !app.status || Boolean(app.status.last_sync_at);
}

/** What waits for the user's decision in Approvals: leave requests and punch corrections. */
export function waitingForMe(): number {
  return (app.status?.approvals_waiting ?? 0) + app.correctionsWaiting;
}

export function pendingCount(): number {
  return app.status?.pending.length ?? 0;
}

export function navigate(screen: Screen, param: string | null = null): void {
  const hash = routeHash(screen, param);
  if (typeof location !== "undefined" && location.hash !== hash) location.hash = hash;
  app.route = { screen, param };
}

export function setTheme(theme: Theme): void {
  app.theme = theme;
  saveTheme(globalThis.localStorage, theme);
  applyTheme(document.documentElement, theme);
}

export async function setLanguage(choice: LanguageChoice): Promise<void> {
  app.language = choice;
  // Kept only once shown: a choice overtaken by a later one, or whose messages failed to load, is not.
  const shown = await useLanguage(resolveChoice(choice)).catch(() => false);
  if (!shown) return;
  saveLanguageChoice(globalThis.localStorage, choice);
  await call(() => commands.useLanguage(language()));
  await shareLanguage();
}

let toastTimer: ReturnType<typeof setTimeout> | undefined;
export function showToast(text: string): void {
  app.toast = text;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (app.toast = ""), 4000);
}

function clearToast(): void {
  clearTimeout(toastTimer);
  app.toast = "";
}

export async function loadStatus(): Promise<void> {
  const [status, corrections] = await Promise.all([call(() => commands.syncStatus()), call(() => commands.correctionsWaiting())]);
  app.correctionsWaiting = corrections.status === "ok" ? corrections.data : 0;
  if (status.status === "ok") {
    app.status = status.data;
    if (!status.data.needs_login) app.needsLogin = false;
  } else if (status.error.kind === "not_signed_in") {
    app.status = null;
  }
}

async function loadUnread(): Promise<void> {
  const list = await call(() => commands.notifications());
  if (list.status === "ok") app.unread = list.data.items.filter((n) => !n.attributes.read_at).length;
}

async function loadProfile(): Promise<void> {
  const [profile, logo] = await Promise.all([call(() => commands.profile()), call(() => commands.companyLogo())]);
  if (profile.status === "ok") app.profile = profile.data;
  if (logo.status === "ok") app.companyLogo = logo.data;
}

async function loadInfo(): Promise<void> {
  const info = await call(() => commands.appInfo());
  if (info.status === "ok") {
    app.info = info.data;
    app.signedIn = info.data.signed_in;
  } else {
    app.info = null;
    app.signedIn = false;
  }
}

/**
 * An answer that may have found the server unreachable (the admin area's reads ask it every time):
 * the connection state is re-read with it, so the offline banner and disabled changes follow at once.
 */
export async function withStatusReload<T>(answer: Promise<T>): Promise<T> {
  const result = await answer;
  await loadStatus();
  return result;
}

/** Everything the shell shows around the screens. */
export async function loadShell(): Promise<void> {
  await Promise.all([loadInfo(), loadProfile(), loadStatus(), loadUnread()]);
  if (!canSee(app.route.screen, role())) navigate("today");
  void shareLanguage();
}

/**
 * Tells the server the language on screen, once per account and language, so the person's notifications
 * and payslip PDFs come in it; offline, the core queues it like any other write.
 */
async function shareLanguage(): Promise<void> {
  const account = myId();
  if (!app.signedIn || !account) return;
  const key = `okta-hr.language-shared.${account}`;
  const shown = language();
  try {
    if (globalThis.localStorage?.getItem(key) === shown) return;
  } catch {
    // Storage disabled: share it again, which sets the same value.
  }
  const result = await call(() => commands.setMyLanguage(shown));
  if (result.status === "ok") {
    try {
      globalThis.localStorage?.setItem(key, shown);
    } catch {
      // As above.
    }
  }
}

let lastRefresh = 0;
let refreshing = false;

/** Asks the core to refresh its cache from the server, in the background and at most every 20 s. */
export function backgroundRefresh(force = false): void {
  if (!app.signedIn || refreshing) return;
  if (!force && Date.now() - lastRefresh < 20_000) return;
  refreshing = true;
  lastRefresh = Date.now();
  call(() => commands.refresh()).finally(() => {
    refreshing = false;
  });
}

function clearSession(): void {
  app.signedIn = false;
  app.profile = null;
  app.companyLogo = null;
  app.status = null;
  app.correctionsWaiting = 0;
  app.unread = 0;
  app.needsLogin = false;
  app.reauth = false;
}

async function onChange(change: CoreChanged): Promise<void> {
  switch (change.change) {
    case "signed_in":
      app.needsLogin = false;
      app.reauth = false;
      await loadShell();
      break;
    case "signed_out":
      clearSession();
      await loadInfo();
      break;
    case "needs_login":
      app.needsLogin = true;
      await loadStatus();
      break;
    case "outbox":
      await Promise.all([loadStatus(), loadUnread()]);
      break;
    case "refreshed":
      await Promise.all([loadProfile(), loadStatus(), loadUnread(), loadInfo()]);
      break;
  }
  app.revision++;
}

/** After a sign-in from the form or the demo buttons. */
export async function afterSignIn(): Promise<void> {
  // A message from the last session ("Signed out") does not belong to the next one.
  clearToast();
  app.needsLogin = false;
  app.reauth = false;
  await loadShell();
  app.revision++;
  if (!canSee(app.route.screen, role())) navigate("today");
}

/** After signing out. */
export async function afterSignOut(): Promise<void> {
  clearSession();
  await loadInfo();
  navigate("today");
  app.revision++;
}

export async function init(): Promise<void> {
  app.theme = loadTheme(globalThis.localStorage);
  applyTheme(document.documentElement, app.theme);
  app.language = loadLanguageChoice(globalThis.localStorage);
  // The core asks the server for answers in the language on screen, and words its own checks in it.
  await call(() => commands.useLanguage(language()));

  const narrow = window.matchMedia("(max-width: 719px)");
  app.narrow = narrow.matches;
  narrow.addEventListener("change", (e) => (app.narrow = e.matches));

  app.route = parseRoute(location.hash);
  window.addEventListener("hashchange", () => (app.route = parseRoute(location.hash)));

  setInterval(() => (app.now = Date.now()), 20_000);

  try {
    await events.coreChanged.listen((event) => void onChange(event.payload));
  } catch {
    // No backend (e.g. a plain browser): the screens show what the calls answer.
  }

  await loadInfo();
  if (app.signedIn) await loadShell();
  app.ready = true;
  if (app.signedIn) backgroundRefresh(true);
}
