// `npm run test:pg`: the PostgreSQL half of the test suite, against a real server (scripts/ensure-postgres.mjs).
//   1. the schema-drift check, migrations included;
//   2. the unit tests that use a real database, each on a new PostgreSQL one (lib/testing/temp-database.ts);
//   3. one database, migrated and seeded by `npm run db:setup`, behind two production servers
//      (E2E_PORT and E2E_PORT_2): the e2e tests that go through what differs on PostgreSQL
//      (e2e/pg-tests.json), and the two-instance specs.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

import { ensurePostgres } from "./ensure-postgres.mjs";
import { dropDatabase, recreateDatabase } from "./postgres-database.mjs";

const port = Number(process.env.E2E_PORT ?? 3100);
/** @type {NodeJS.ProcessEnv} */
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  E2E_PORT: String(port),
  E2E_PORT_2: process.env.E2E_PORT_2 ?? String(port + 1),
};
const timings = [];

function step(name, work) {
  const started = Date.now();
  console.log(`\n▶ test:pg — ${name}`);
  const result = work();
  timings.push(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}
const run = (command, args, extraEnv = {}) =>
  execFileSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });

const server = await ensurePostgres();
env.TEST_POSTGRES_URL = server;
// One database per E2E port, so engineers sharing a PostgreSQL server do not collide.
const e2eDatabase = `capex_e2e_${port}`;

step("schema drift (SQLite schema → PostgreSQL schema → migrations)", () =>
  run("npx", ["tsx", "scripts/check-db-drift.ts"]),
);
const databaseTests = execFileSync("git", ["grep", "-l", "--untracked", "createTempDatabase", "--", "*.test.ts"], {
  encoding: "utf8",
})
  .trim()
  .split("\n");
step("unit tests on PostgreSQL", () => run("npx", ["vitest", "run", ...databaseTests]));
const databaseUrl = await recreateDatabase(server, e2eDatabase);
step("db:setup (migrate deploy + seed)", () =>
  run("npm", ["run", "db:setup", "--silent"], { DATABASE_URL: databaseUrl }),
);
step("build if needed", () => run("npm", ["run", "build:if-needed", "--silent"]));
assertEveryPgTestExists(databaseUrl);
step("e2e on PostgreSQL, two instances", () =>
  run("npx", ["playwright", "test", "-c", "playwright.pg.config.ts"], { E2E_DATABASE_URL: databaseUrl }),
);
await dropDatabase(server, e2eDatabase);

/** A renamed test would silently leave the PostgreSQL run: every entry of e2e/pg-tests.json must select one. */
function assertEveryPgTestExists(databaseUrl) {
  const listed = execFileSync("npx", ["playwright", "test", "-c", "playwright.pg.config.ts", "--list"], {
    encoding: "utf8",
    env: { ...env, E2E_DATABASE_URL: databaseUrl },
  }).split("\n");
  const entries = Object.entries(JSON.parse(readFileSync("e2e/pg-tests.json", "utf8")));
  const missing = entries.flatMap(([file, titles]) =>
    titles
      .filter((title) => !listed.some((line) => line.includes(` ${file}:`) && line.includes(`› ${title}`)))
      .map((title) => `${file}: ${title}`),
  );
  if (missing.length > 0)
    throw new Error(`e2e/pg-tests.json names tests that no longer exist:\n  ${missing.join("\n  ")}`);
}
console.log(`\ntest:pg passed on ${new URL(server).host}\n  ${timings.join("\n  ")}`);
