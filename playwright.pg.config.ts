import { defineConfig } from "@playwright/test";

import base, { appServerEnv, AUTH_WRITERS, oidcProviderServer } from "./playwright.config";

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

// The database-facing specs: routing + health, the Models view, the JSON API, and everything that
// writes; then the two-instance specs, alone, so no other writer (e.g. an import) changes their rows.
const READERS = /\/(foundation|models|api-[\w-]+)\.spec\.ts$/;
const WRITERS = /\.writes\.spec\.ts$/;
const TWO_INSTANCES = /\.pg\.spec\.ts$/;

const [readers, writers, authWriters] = base.projects ?? [];
const origins = ports.map((port) => `http://localhost:${port}`);
export default defineConfig({
  ...base,
  projects: [
    { ...readers, name: "pg", testMatch: READERS, testIgnore: undefined },
    { ...writers, name: "pg-writes", testMatch: WRITERS, testIgnore: AUTH_WRITERS, dependencies: ["pg"] },
    { ...authWriters, name: "pg-auth-writes", testMatch: AUTH_WRITERS, dependencies: ["pg-writes"] },
    {
      ...writers,
      name: "pg-two-instances",
      testMatch: TWO_INSTANCES,
      testIgnore: undefined,
      dependencies: ["pg-auth-writes"],
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
