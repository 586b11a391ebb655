import { describe, expect, it } from "vitest";
import { formatFix, isMobileAgent, parseDeskLocation } from "./location";

describe("desk location", () => {
  it("reads lat,lon and an optional accuracy", () => {
    expect(parseDeskLocation("52.520008,13.404954")).toEqual({ ok: true, fix: { latitude: 52.520008, longitude: 13.404954, accuracy_m: null } });
    expect(parseDeskLocation(" 48.85 , 2.35 , 12 ")).toEqual({ ok: true, fix: { latitude: 48.85, longitude: 2.35, accuracy_m: 12 } });
    expect(parseDeskLocation("-33.9,-70.6")).toEqual({ ok: true, fix: { latitude: -33.9, longitude: -70.6, accuracy_m: null } });
  });
  it("clears on an empty text", () => {
    expect(parseDeskLocation("   ")).toEqual({ ok: true, fix: null });
  });
  it("refuses nonsense and out-of-range values", () => {
    expect(parseDeskLocation("nonsense").ok).toBe(false);
    expect(parseDeskLocation("52.5").ok).toBe(false);
    expect(parseDeskLocation("1,2,3,4").ok).toBe(false);
    expect(parseDeskLocation("91,0").ok).toBe(false);
    expect(parseDeskLocation("0,181").ok).toBe(false);
    expect(parseDeskLocation("0,0,-1").ok).toBe(false);
    expect(parseDeskLocation("1e3,2").ok).toBe(false);
  });
  it("round-trips through formatFix", () => {
    expect(formatFix({ latitude: 52.52, longitude: 13.405, accuracy_m: 8 })).toBe("52.52,13.405,8");
    expect(formatFix({ latitude: 52.52, longitude: 13.405, accuracy_m: null })).toBe("52.52,13.405");
    expect(formatFix(null)).toBe("");
    const parsed = parseDeskLocation(formatFix({ latitude: 1.5, longitude: -2.25, accuracy_m: 3 }));
    expect(parsed).toEqual({ ok: true, fix: { latitude: 1.5, longitude: -2.25, accuracy_m: 3 } });
  });
  it("knows phones from desktops", () => {
    expect(isMobileAgent("Mozilla/5.0 (Linux; Android 14; Pixel 8) Mobile")).toBe(true);
    expect(isMobileAgent("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)")).toBe(true);
    expect(isMobileAgent("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15")).toBe(false);
  });
});
