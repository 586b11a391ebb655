// Calls into the backend that never throw: a missing backend or a crash comes back as an AppError.

import type { AppError } from "./bindings";

export type Result<T> = { status: "ok"; data: T } | { status: "error"; error: AppError };

export async function call<T>(run: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await run();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { status: "error", error: { kind: "internal", message } };
  }
}

/** The data, or `fallback` when the call failed. */
export async function read<T>(run: () => Promise<Result<T>>, fallback: T): Promise<T> {
  const result = await call(run);
  return result.status === "ok" ? result.data : fallback;
}
