// The PostgreSQL server the PostgreSQL tests use: TEST_POSTGRES_URL when set, else a local Debian
// cluster. As root this installs Debian's `postgresql` when missing, starts the cluster and creates a
// test role that may create databases; otherwise it says in one line what to run.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const ROLE = "capex_test";
const sh = (command, args, options = {}) => execFileSync(command, args, { encoding: "utf8", ...options });

async function reachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** The running local cluster's port, after installing, creating and starting it as needed (root only). */
function startLocalCluster() {
  if (!existsSync("/usr/bin/pg_ctlcluster")) {
    console.log("Installing Debian's postgresql for the PostgreSQL tests…");
    sh("sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql"], {
      stdio: "inherit",
    });
  }
  // pg_lsclusters -h: "<version> <cluster> <port> <status> <owner> <data dir> <log>"
  let clusters = sh("pg_lsclusters", ["-h"])
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => line.split(/\s+/));
  if (clusters.length === 0) {
    const version = readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a))[0];
    sh("pg_createcluster", [version, "main"], { stdio: "inherit" });
    clusters = sh("pg_lsclusters", ["-h"])
      .trim()
      .split("\n")
      .map((line) => line.split(/\s+/));
  }
  const [version, name, port, status] = clusters[0];
  if (!status.startsWith("online")) sh("pg_ctlcluster", [version, name, "start"], { stdio: "inherit" });
  const createRole = `DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${ROLE}') THEN CREATE ROLE ${ROLE} LOGIN PASSWORD '${ROLE}' CREATEDB; END IF;
  END $$;`;
  sh("runuser", ["-u", "postgres", "--", "psql", "-q", "-p", port, "-v", "ON_ERROR_STOP=1", "-c", createRole], {
    stdio: "inherit",
  });
  return port;
}

/** A URL (to the `postgres` maintenance database) whose role may CREATE DATABASE. */
export async function ensurePostgres() {
  if (process.env.TEST_POSTGRES_URL) {
    if (await reachable(process.env.TEST_POSTGRES_URL)) return process.env.TEST_POSTGRES_URL;
    throw new Error("TEST_POSTGRES_URL is set but PostgreSQL does not answer there");
  }
  const local = (port) => `postgresql://${ROLE}:${ROLE}@localhost:${port}/postgres`;
  if (await reachable(local(5432))) return local(5432);
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      `PostgreSQL is not reachable: run "sudo apt-get install -y postgresql && sudo pg_ctlcluster 15 main start && sudo -u postgres psql -c \\"CREATE ROLE ${ROLE} LOGIN PASSWORD '${ROLE}' CREATEDB\\"" (or set TEST_POSTGRES_URL), then npm test again.`,
    );
  }
  const url = local(startLocalCluster());
  if (await reachable(url)) return url;
  throw new Error(`PostgreSQL started but does not accept ${ROLE} at ${url}`);
}

// `node scripts/ensure-postgres.mjs` (as .ci/run does): make sure the server is up, say where.
if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  try {
    console.log(`PostgreSQL for the tests: ${new URL(await ensurePostgres()).host}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
