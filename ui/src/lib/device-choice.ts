// A choice kept on this device (the theme, the language) in localStorage, where "system" (following the
// device) is kept as no entry at all.

type Reading = Pick<Storage, "getItem"> | null | undefined;
type Writing = Pick<Storage, "setItem" | "removeItem"> | null | undefined;

/** The choice stored under `key`, read by `parse`; "system" when storage cannot be read. */
export function loadChoice<T extends string>(storage: Reading, key: string, parse: (value: unknown) => T | "system"): T | "system" {
  try {
    return parse(storage?.getItem(key));
  } catch {
    return "system";
  }
}

export function saveChoice(storage: Writing, key: string, choice: string): void {
  try {
    if (choice === "system") storage?.removeItem(key);
    else storage?.setItem(key, choice);
  } catch {
    // Private mode or storage disabled: the choice lasts for this session only.
  }
}
