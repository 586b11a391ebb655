// Screens, who may see them, and how they fit a sidebar or a phone's tab bar.
import { t, withWords } from "./i18n.svelte";

export type Role = "employee" | "manager" | "hr";

export type Screen =
  | "today"
  | "attendance"
  | "leave"
  | "payslips"
  | "notifications"
  | "announcements"
  | "approvals"
  | "team"
  | "directory"
  | "payroll"
  | "pay-setup"
  | "assets"
  | "admin"
  | "hr"
  | "leave-policy"
  | "settings";

export type Section = "me" | "company" | "team" | "account";

export interface NavItem {
  id: Screen;
  /** The screen's one name: sidebar, phone tab bar, More menu, top bar, window title and page heading. */
  label: string;
  /**
   * The phone tab bar's label. Always the same as `label` (a test holds it to that): a screen called
   * "Attendance" in the sidebar and "History" on a phone read as two screens.
   */
  short: string;
  icon: string;
  section: Section;
  roles: readonly Role[];
}

const ALL: readonly Role[] = ["employee", "manager", "hr"];
const LEADS: readonly Role[] = ["manager", "hr"];

/** A screen's entry; its names are read in the language on screen each time they are shown. */
function item(id: Screen, message: string, icon: string, section: Section, roles: readonly Role[]): NavItem {
  return withWords({ id, icon, section, roles }, { label: message, short: message });
}

export const NAV: readonly NavItem[] = [
  item("today", "nav-today", "clock", "me", ALL),
  item("attendance", "nav-attendance", "calendar", "me", ALL),
  item("leave", "nav-leave", "plane", "me", ALL),
  item("payslips", "nav-payslips", "wallet", "me", ALL),
  item("notifications", "nav-notifications", "bell", "company", ALL),
  item("announcements", "nav-announcements", "megaphone", "company", ALL),
  // Everyone: employees see what they hold and ask for equipment, managers their team's, HR the catalogue.
  item("assets", "nav-assets", "laptop", "company", ALL),
  item("approvals", "nav-approvals", "check-circle", "team", LEADS),
  item("team", "nav-team", "users", "team", LEADS),
  item("directory", "nav-directory", "book", "team", LEADS),
  item("payroll", "nav-payroll", "banknote", "team", ["hr"]),
  // Next to Payroll: the components, structures, people's pay and settings each run computes from.
  item("pay-setup", "nav-pay-setup", "wallet", "team", ["hr"]),
  item("admin", "nav-admin", "building", "team", ["hr"]),
  // Named for what it holds: "HR" would fit every screen of this section for an HR user. Its calendars
  // (holidays, working weeks) and shifts are the company's schedules; the audit trail records their changes.
  item("hr", "nav-hr", "calendar-check", "team", ["hr"]),
  // A screen of its own rather than more tabs of "Schedules & audit": leave types, balances and the jobs
  // that fill them are one subject HR works through together, and the schedules' name would not cover it.
  item("leave-policy", "nav-leave-policy", "plane", "team", ["hr"]),
  item("settings", "nav-settings", "settings", "account", ALL),
];

const SECTION_TITLES: Record<Section, string> = {
  me: "nav-section-me",
  company: "nav-section-company",
  team: "nav-section-team",
  account: "nav-section-account",
};

export function sectionTitle(section: Section): string {
  return t(SECTION_TITLES[section]);
}

/** Reads a role attribute defensively: anything unknown is an employee. */
export function asRole(value: unknown): Role {
  return value === "manager" || value === "hr" ? value : "employee";
}

export function navFor(role: Role): NavItem[] {
  return NAV.filter((item) => item.roles.includes(role));
}

export function canSee(screen: Screen, role: Role): boolean {
  return navFor(role).some((item) => item.id === screen);
}

export function isScreen(value: string): value is Screen {
  return NAV.some((item) => item.id === value);
}

/** What goes in the tab bar (besides "More"), in order, per role. */
const TABS: Record<Role, Screen[]> = {
  employee: ["today", "attendance", "leave", "notifications"],
  manager: ["today", "leave", "approvals", "notifications"],
  hr: ["today", "leave", "approvals", "notifications"],
};

/** Splits the role's screens between the phone's tab bar and its "More" menu. */
export function tabsFor(role: Role): { tabs: NavItem[]; more: NavItem[] } {
  const items = navFor(role);
  const wanted = TABS[role];
  const tabs = wanted.map((id) => items.find((i) => i.id === id)).filter((i): i is NavItem => Boolean(i));
  const more = items.filter((i) => !wanted.includes(i.id));
  return { tabs, more };
}

/** Groups the role's screens into the sidebar's sections, in order, leaving empty ones out. */
export function sectionsFor(role: Role): { section: Section; title: string; items: NavItem[] }[] {
  const items = navFor(role);
  return (Object.keys(SECTION_TITLES) as Section[]).map((section) => ({ section, title: sectionTitle(section), items: items.filter((i) => i.section === section) }))
    .filter((group) => group.items.length > 0);
}

export interface Route {
  screen: Screen;
  param: string | null;
}

/** "#/payslips/12" → { screen: "payslips", param: "12" }; anything unknown is Today. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, "").split("/").filter(Boolean).map(decodeURIComponent);
  const [screen, param] = parts;
  if (screen && isScreen(screen)) return { screen, param: param ?? null };
  return { screen: "today", param: null };
}

export function routeHash(screen: Screen, param?: string | null): string {
  return param ? `#/${screen}/${encodeURIComponent(param)}` : `#/${screen}`;
}

export function titleOf(screen: Screen): string {
  return NAV.find((i) => i.id === screen)?.label ?? t("app-name");
}

/** The numbers the navigation shows next to a screen's name. */
export interface NavCounts {
  /** Unread notifications. */
  unread?: number;
  /** Leave requests and punch corrections waiting for the user's decision. */
  approvals?: number;
}

/** The count badge a screen's entry shows (0: none). */
export function badgeCount(screen: Screen, counts: NavCounts): number {
  const n = screen === "notifications" ? counts.unread : screen === "approvals" ? counts.approvals : 0;
  return n && n > 0 ? Math.floor(n) : 0;
}

