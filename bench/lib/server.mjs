// The production server under test: `next start` (the built app in .next) on its own fresh, migrated
// and seeded SQLite file, on loopback. The bench and the reliability suite share it.
import { execSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

/** The bootstrap token the bench and reliability servers start with (at least 32 characters, as the server requires). */
export const ADMIN_TOKEN = "bench-admin-bootstrap-token-not-a-secret";
const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

/** Runs `build-if-needed`: a build only when a source is newer than .next. */
export function buildIfNeeded() {
  // node_modules/.bin on PATH, as under npm run, so the script also works when run with plain `node`.
  const PATH = `${path.resolve("node_modules/.bin")}${path.delimiter}${process.env.PATH}`;
  execSync("node scripts/build-if-needed.mjs", {
    stdio: "inherit",
    env: { ...process.env, PATH, NEXT_TELEMETRY_DISABLED: "1" },
  });
}

/** Deletes and recreates the database file (migrate deploy + seed). Returns its DATABASE_URL. */
export function freshDatabase(name) {
  mkdirSync("bench/results", { recursive: true });
  const file = `bench/results/${name}.db`;
  removeDatabase(file);
  const url = `file:./${file}`;
  execSync("npm run db:setup --silent", {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" },
  });
  return { file, url };
}

export function removeDatabase(file) {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
}

/**
 * Starts `next start` directly (no npm/npx wrapper) so `pid` is the server itself: the RSS we read and
 * the process kill -9 hits. Resolves once /api/health answers 200 (at most `timeoutMs`).
 */
export async function startServer({ port, databaseUrl, timeoutMs = 60_000, env = {}, nodeArgs = [] }) {
  const child = spawn(process.execPath, [...nodeArgs, NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      ADMIN_TOKEN,
      // A production server needs PUBLIC_ORIGIN (lib/site-origin.ts): this one is on loopback.
      PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log = [];
  const keep = (chunk) => {
    log.push(String(chunk));
    if (log.length > 200) log.shift();
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child.once("exit", () => (exited = true));
  while (Date.now() < deadline && !exited) {
    try {
      const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  if (exited || Date.now() >= deadline) {
    child.kill("SIGKILL");
    throw new Error(`server on ${port} did not become healthy:\n${log.join("").slice(-3000)}`);
  }
  return {
    base,
    pid: child.pid,
    child,
    log: () => log.join(""),
    rssBytes: () => rssBytes(child.pid),
    /** @param {NodeJS.Signals} [signal] */
    async stop(signal = "SIGTERM") {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const done = new Promise((resolve) => child.once("exit", resolve));
      child.kill(signal);
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await done;
      clearTimeout(timer);
    },
  };
}

/** Fails fast when something else (a stale server) already listens on the port. */
export async function assertPortFree(port) {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1_000) });
  } catch {
    return;
  }
  throw new Error(`port ${port} is already in use: stop that server first (or set BENCH_PORT)`);
}

/** Resident set size of a process, from /proc (Linux). */
export function rssBytes(pid) {
  if (!existsSync(`/proc/${pid}/status`)) return null;
  const match = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+)\s+kB/m);
  return match ? Number(match[1]) * 1024 : null;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
