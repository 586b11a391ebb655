// Names as people expect them: listed in the order of the reader's language ("Köhler" before "Krüger",
// not after every plain letter as UTF-16 order has it), and found whatever the case and accents typed
// ("kohler" finds "Köhler") and whichever order a name's words come in ("Fischer Emma").

import { language } from "./i18n.svelte";

/** A compare of names in the order of `locales`; the language on screen when none is given. */
export function nameComparer(locales: string | string[] = language()): (a: string, b: string) => number {
  // `compare` is a bound function, so it can be handed to `sort` as it is.
  return new Intl.Collator(locales).compare;
}

// One collator per language, made when first needed: building one is far slower than a compare.
const collators = new Map<string, (a: string, b: string) => number>();

/** Compares two names in the order of the language on screen, whichever it is when called; for `sort`. */
export function compareNames(a: string, b: string): number {
  const locale = language();
  let compare = collators.get(locale);
  if (!compare) {
    compare = nameComparer(locale);
    collators.set(locale, compare);
  }
  return compare(a, b);
}

// Letters with no decomposition into a base letter and an accent, as people type them without the key.
const SPELLED_OUT: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", þ: "th", ø: "o", ł: "l", đ: "d", ð: "d", ı: "i" };

/** Lower case without accents, as a search compares text (the core folds the directory the same way). */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ßæœþøłđðı]/g, (c) => SPELLED_OUT[c]);
}

/**
 * Whether every word of `query` is found in one of `fields` (a blank query matches everything), whatever
 * the case and accents. Each word is looked for in each field alone, never across two.
 */
export function matchesEveryWord(query: string, fields: readonly (string | null | undefined)[]): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const folded = fields.flatMap((field) => (field ? [foldForSearch(field)] : []));
  return words.every((word) => folded.some((field) => field.includes(word)));
}
