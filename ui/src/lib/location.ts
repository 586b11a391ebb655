// The desk location typed in Settings: "lat,lon[,accuracy]".
import { t } from "./i18n.svelte";

export interface FixInput {
  latitude: number;
  longitude: number;
  accuracy_m: number | null;
}

export type Parsed = { ok: true; fix: FixInput | null } | { ok: false; error: string };

/** Parses "52.52,13.405" or "52.52, 13.405, 8"; an empty text clears the location. */
export function parseDeskLocation(text: string): Parsed {
  const trimmed = text.trim();
  if (!trimmed) return { ok: true, fix: null };
  const parts = trimmed.split(",").map((p) => p.trim());
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === "" || !/^[-+]?\d+(\.\d+)?$/.test(p))) {
    return { ok: false, error: t("today-desk-location-format") };
  }
  const [latitude, longitude, accuracy] = parts.map(Number);
  if (latitude < -90 || latitude > 90) return { ok: false, error: t("today-desk-location-latitude") };
  if (longitude < -180 || longitude > 180) return { ok: false, error: t("today-desk-location-longitude") };
  if (accuracy !== undefined && accuracy < 0) return { ok: false, error: t("today-desk-location-accuracy") };
  return { ok: true, fix: { latitude, longitude, accuracy_m: accuracy ?? null } };
}

export function formatFix(fix: { latitude: number | null; longitude: number | null; accuracy_m?: number | null } | null | undefined): string {
  if (!fix || fix.latitude == null || fix.longitude == null) return "";
  const base = `${fix.latitude},${fix.longitude}`;
  return fix.accuracy_m != null ? `${base},${fix.accuracy_m}` : base;
}

/** Phones have their own position; only a desktop needs one typed in. */
export function isMobileAgent(userAgent: string): boolean {
  return /Android|iPhone|iPad|iPod|Mobile/i.test(userAgent);
}
