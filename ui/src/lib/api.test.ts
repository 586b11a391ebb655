import { describe, expect, it } from "vitest";
import { call, read } from "./api";

describe("call", () => {
  it("passes results through", async () => {
    expect(await call(async () => ({ status: "ok" as const, data: 1 }))).toEqual({ status: "ok", data: 1 });
  });
  it("turns a thrown error into an internal AppError", async () => {
    const result = await call<number>(async () => {
      throw new TypeError("window.__TAURI_INTERNALS__ is undefined");
    });
    expect(result).toEqual({ status: "error", error: { kind: "internal", message: "window.__TAURI_INTERNALS__ is undefined" } });
  });
  it("reads with a fallback", async () => {
    expect(await read(async () => ({ status: "error" as const, error: { kind: "rejected" as const, message: "no", errors: {} } }), 5)).toBe(5);
  });
});
