import { defineConfig } from "@playwright/test";

import PG_TESTS from "./e2e/pg-tests.json" with { type: "json" };
import base, { appServerEnv, AUTH_WRITERS, oidcProviderServer, WRITERS_PROJECT } from "./playwright.config";

// `npm run test:pg` (scripts/test-pg.mjs) runs this after creating, migrating and seeding the
// PostgreSQL database in E2E_DATABASE_URL: two production servers on E2E_PORT and E2E_PORT_2, both on
// that one database. The subset below runs against the first; *.pg.spec.ts use both.
const databaseUrl = process.env.E2E_DATABASE_URL;
if (!databaseUrl?.startsWith("postgres"))
  throw new Error("playwright.pg.config.ts needs E2E_DATABASE_URL=postgresql://… (run npm run test:pg)");
const ports = [
  Number(process.env.E2E_PORT ?? 3100),
  Number(process.env.E2E_PORT_2 ?? Number(process.env.E2E_PORT ?? 3100) + 1),
];
process.env.E2E_PORT_2 = String(ports[1]);

// What differs on PostgreSQL, and only that: the SQLite run proves the rest once. Migrations and the
// seed are test:pg's db:setup and drift check; below, the reads through the raw SQL joins, versions and
// unique constraints under concurrent writes, transactions (import, round trip), sessions, tokens and
// the audit log, the failure throttle's shared store; then the two-instance specs, whole and alone, so no
// other writer (e.g. an import) changes their rows. The unit tests test:pg runs on PostgreSQL cover the
// data layer itself (lib/db/*.test.ts, the throttle store, the seed). e2e/pg-tests.json names each test by
// its file and the start of its title; scripts/test-pg.mjs fails when an entry matches no test (a renamed title).
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Playwright matches `grep` against "<file> <describe…> <title>". */
const PG_GREP = new RegExp(
  Object.entries(PG_TESTS as Record<string, string[]>)
    .map(([file, titles]) => `${escape(file)} .*(${titles.map(escape).join("|")})`)
    .join("|"),
);
const TWO_INSTANCES = /\.pg\.spec\.ts$/;

const readers = base.projects?.find((project) => project.name === "chromium");
const origins = ports.map((port) => `http://localhost:${port}`);
const onFirst = { ...WRITERS_PROJECT.use, baseURL: origins[0] };
export default defineConfig({
  ...base,
  projects: [
    // Readers, then writers, all on the first instance (the one database is shared).
    { ...readers, name: "pg", grep: PG_GREP },
    {
      ...WRITERS_PROJECT,
      name: "pg-writes",
      testIgnore: AUTH_WRITERS,
      grep: PG_GREP,
      dependencies: ["pg"],
      use: onFirst,
    },
    {
      ...WRITERS_PROJECT,
      name: "pg-auth-writes",
      testMatch: AUTH_WRITERS,
      grep: PG_GREP,
      dependencies: ["pg-writes"],
      use: onFirst,
    },
    {
      ...WRITERS_PROJECT,
      name: "pg-two-instances",
      testMatch: TWO_INSTANCES,
      dependencies: ["pg-auth-writes"],
      use: onFirst,
    },
  ],
  // The OpenID provider, then both instances with the same settings as the single server (each at its own origin).
  webServer: [
    oidcProviderServer(origins),
    ...ports.map((port, index) => ({
      command: "node scripts/serve-e2e.mjs",
      url: `${origins[index]}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { ...appServerEnv(origins[index]!), E2E_PORT: String(port), E2E_DATABASE_URL: databaseUrl },
    })),
  ],
});
