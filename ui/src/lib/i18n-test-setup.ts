// Unit tests read the English words, as a new device with an English system would show them.
import { useLanguage } from "./i18n.svelte";

await useLanguage("en");
