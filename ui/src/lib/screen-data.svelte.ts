// What a screen shows from one core command: the last answer (kept while a reload runs, so nothing
// flickers), and why the last try failed. It reloads whenever the core reports a change.

import { untrack } from "svelte";
import { call, type Result } from "./api";
import { app } from "./app.svelte";
import { errorText } from "./status";

export interface ScreenData<T> {
  /** The last answer, or null before the first. */
  readonly data: T | null;
  /** Why the last load failed, or "". */
  readonly error: string;
  /** Loads again now, e.g. after a write. */
  reload(): Promise<void>;
}

/** Call during a component's set-up: the reloads live as long as the component. */
export function screenData<T>(command: () => Promise<Result<T>>): ScreenData<T> {
  let data = $state<T | null>(null);
  let error = $state("");

  async function reload() {
    const result = await call(command);
    if (result.status === "ok") {
      data = result.data;
      error = "";
    } else error = errorText(result.error);
  }

  $effect(() => {
    void app.revision;
    untrack(() => void reload());
  });

  return {
    get data() {
      return data;
    },
    get error() {
      return error;
    },
    reload,
  };
}
