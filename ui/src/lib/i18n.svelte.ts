// The app's words: Project Fluent messages from `locales/<language>/ui/*.ftl`, one language loaded at a time.
// `t` reads reactive state, so every text on screen follows a change of language without a reload.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { negotiateLanguages } from "@fluent/langneg";
import { loadChoice, saveChoice } from "./device-choice";

export const LANGUAGES = [
  { code: "en", name: "English" },
  { code: "de", name: "Deutsch" },
  { code: "fr", name: "Français" },
  { code: "es", name: "Español" },
  { code: "pt-BR", name: "Português (Brasil)" },
  { code: "ar", name: "العربية" },
] as const;

export type Language = (typeof LANGUAGES)[number]["code"];

/** "system" follows the device's languages; a code overrides them. */
export type LanguageChoice = "system" | Language;

export const LANGUAGE_KEY = "okta-hr.language";

const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set(["ar"]);

const CATALOGUES: Record<Language, () => Promise<{ default: string }>> = {
  en: () => import("virtual:catalogue/en"),
  de: () => import("virtual:catalogue/de"),
  fr: () => import("virtual:catalogue/fr"),
  es: () => import("virtual:catalogue/es"),
  "pt-BR": () => import("virtual:catalogue/pt-BR"),
  ar: () => import("virtual:catalogue/ar"),
};

const CODES: readonly string[] = LANGUAGES.map((language) => language.code);

export function asLanguageChoice(value: unknown): LanguageChoice {
  return typeof value === "string" && CODES.includes(value) ? (value as Language) : "system";
}

/** The best of our languages for a list of wanted ones ("de-AT" → "de", "pt" → "pt-BR"), English otherwise. */
export function negotiate(wanted: readonly string[]): Language {
  const [best] = negotiateLanguages(wanted, CODES, { defaultLocale: "en", strategy: "lookup" });
  return asLanguageChoice(best) === "system" ? "en" : (best as Language);
}

export function resolveChoice(choice: LanguageChoice, device: readonly string[] = globalThis.navigator?.languages ?? []): Language {
  return choice === "system" ? negotiate(device) : choice;
}

export function directionOf(language: Language): "ltr" | "rtl" {
  return RIGHT_TO_LEFT.has(language) ? "rtl" : "ltr";
}

const current = $state<{ language: Language; bundle: FluentBundle | null }>({ language: "en", bundle: null });

/** The language on screen, as a BCP 47 tag for `Intl` and the server. */
export function language(): Language {
  return current.language;
}

async function bundleFor(language: Language): Promise<FluentBundle> {
  const { default: text } = await CATALOGUES[language]();
  // Isolation marks keep a left-to-right name readable inside right-to-left text; elsewhere they would only
  // be invisible characters in copied text.
  const bundle = new FluentBundle(language, { useIsolating: RIGHT_TO_LEFT.has(language) });
  const errors = bundle.addResource(new FluentResource(text));
  for (const error of errors) console.error(`catalogue ${language}:`, error);
  return bundle;
}

/** Counts loads, so a language chosen while another still loads is the one that ends up shown. */
let loads = 0;

/**
 * Loads a language and shows it: every `t` re-renders, and the page's `lang` and `dir` follow. Answers
 * whether it is shown: a language chosen after it, and loaded, wins.
 */
export async function useLanguage(language: Language, root: HTMLElement | undefined = globalThis.document?.documentElement): Promise<boolean> {
  const load = ++loads;
  const bundle = await bundleFor(language);
  if (load !== loads) return false;
  current.language = language;
  current.bundle = bundle;
  if (root) {
    root.lang = language;
    root.dir = directionOf(language);
  }
  return true;
}

/** The message `id` in the language on screen, with its variables; a missing message shows its id. */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  const bundle = current.bundle;
  const message = bundle?.getMessage(id);
  if (!bundle || !message?.value) return id;
  const errors: Error[] = [];
  const text = bundle.formatPattern(message.value, args, errors);
  for (const error of errors) console.error(`message ${id}:`, error);
  return text;
}

/**
 * An entry of a constant table whose words are messages: each field of `words` (its message id) is read in
 * the language on screen each time it is shown, so the table never caches a language; `fields` are kept.
 */
export function withWords<F extends object, W extends string>(fields: F, words: Record<W, string>): F & Readonly<Record<W, string>> {
  const entry = { ...fields } as F & Record<W, string>;
  for (const [field, id] of Object.entries(words) as [W, string][]) {
    Object.defineProperty(entry, field, { get: () => t(id), enumerable: true });
  }
  return entry;
}

export function loadLanguageChoice(storage: Pick<Storage, "getItem"> | null | undefined): LanguageChoice {
  return loadChoice(storage, LANGUAGE_KEY, asLanguageChoice);
}

export function saveLanguageChoice(storage: Pick<Storage, "setItem" | "removeItem"> | null | undefined, choice: LanguageChoice): void {
  saveChoice(storage, LANGUAGE_KEY, choice);
}
