// Starts the real app under tauri-driver with its own data folder (and, optionally, a desk location),
// and hands the test a WebDriver session on its window.

import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Session, waitUntil } from "./webdriver.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const APP = process.env.OKTA_HR_APP ?? join(root, "target/debug/okta-hr-app");
export const SCREENSHOTS = join(root, "docs/screenshots");
/** The standalone server, for stories that need a company bigger than the embedded demo's. */
const SERVER = process.env.OKTA_HR_SERVER ?? join(root, "target/debug/okta-hr-server");

let nextPort = 4444 + (process.pid % 200) * 2;

export const HQ = "52.520008,13.404954,8";
export const PARIS = "48.8566,2.3522,8";

/** `language`: the device's, as LANG and LANGUAGE give it to the app's web view ("de_DE.UTF-8"). */
export async function launch({ location = HQ, language } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), "okta-hr-e2e-"));
  const port = nextPort;
  nextPort += 2;
  // Its own process group, so closing kills the WebDriver and the app with it; and no inherited
  // output, which a surviving app would otherwise hold open and keep the test runner waiting.
  const driver = spawn("tauri-driver", ["--port", String(port), "--native-port", String(port + 1)], {
    env: {
      ...process.env,
      ...(language ? { LANG: language, LANGUAGE: language.split(".")[0], LC_ALL: "" } : {}),
      OKTA_HR_DATA_DIR: dataDir,
      OKTA_HR_LOCATION: location,
      RUST_LOG: "warn",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  await waitUntil(async () => (await fetch(`${base}/status`).catch(() => null))?.ok, 15000, "tauri-driver to start");
  const session = await Session.create(base, { "tauri:options": { application: APP } });
  await session.waitFor("[data-testid=app-ready]", { timeout: 30000 });
  return {
    session,
    dataDir,
    async close() {
      await session.close().catch(() => {});
      try {
        process.kill(-driver.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
      await waitUntil(async () => !(await appRunning(dataDir)), 10000, "the app to exit").catch(() => killApp(dataDir));
    },
  };
}

/** Whether an app launched with this data folder is still running. */
async function appRunning(dataDir) {
  return findApps(dataDir).length > 0;
}

function findApps(dataDir) {
  const pids = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const environ = readFileSync(`/proc/${entry}/environ`, "utf8");
      if (environ.includes(`OKTA_HR_DATA_DIR=${dataDir}\0`)) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

function killApp(dataDir) {
  for (const pid of findApps(dataDir)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
}

export async function screenshot(session, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(join(SCREENSHOTS, `${name}.png`), await session.screenshot());
}

async function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

/** `okta-hr-server serve --demo` on a free port and a fresh database, with Acme grown to `headcount`. */
export async function startServer(headcount) {
  const dir = mkdtempSync(join(tmpdir(), "okta-hr-server-"));
  const port = await freePort();
  const database = `sqlite://${join(dir, "okta-hr.sqlite")}`;
  const args = ["--database", database, "serve", "--bind", `127.0.0.1:${port}`, "--demo", "--demo-headcount", String(headcount)];
  const server = spawn(SERVER, args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, RUST_LOG: "warn" } });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise((done) => server.once("exit", done));
  await waitUntil(async () => (await fetch(`${url}/up`).catch(() => null))?.ok, 120000, "the server to start");
  return {
    url,
    async stop() {
      if (server.exitCode === null && server.signalCode === null) {
        server.kill("SIGTERM");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
