import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// `npm run test:pg` (scripts/test-pg.mjs) runs this after creating, migrating and seeding the
// PostgreSQL database in E2E_DATABASE_URL: two production servers on E2E_PORT and E2E_PORT_2, both on
// that one database. The subset below runs against the first; *.pg.spec.ts use both.
const databaseUrl = process.env.E2E_DATABASE_URL;
if (!databaseUrl?.startsWith("postgres")) throw new Error("playwright.pg.config.ts needs E2E_DATABASE_URL=postgresql://… (run npm run test:pg)");
const ports = [Number(process.env.E2E_PORT ?? 3100), Number(process.env.E2E_PORT_2 ?? Number(process.env.E2E_PORT ?? 3100) + 1)];
process.env.E2E_PORT_2 = String(ports[1]);

// The database-facing specs: routing + health, the Models view, the JSON API, and everything that
// writes; then the two-instance specs, alone, so no other writer (e.g. an import) changes their rows.
const READERS = /\/(foundation|models|api-[\w-]+)\.spec\.ts$/;
const WRITERS = /\.writes\.spec\.ts$/;
const TWO_INSTANCES = /\.pg\.spec\.ts$/;

const [readers, writers] = base.projects ?? [];
// Whatever else the single server gets (e.g. editor tokens), both of these get too.
const baseServerEnv = (Array.isArray(base.webServer) ? base.webServer[0] : base.webServer)?.env ?? {};
export default defineConfig({
  ...base,
  projects: [
    { ...readers, name: "pg", testMatch: READERS, testIgnore: undefined },
    { ...writers, name: "pg-writes", testMatch: WRITERS, dependencies: ["pg"] },
    { ...writers, name: "pg-two-instances", testMatch: TWO_INSTANCES, dependencies: ["pg-writes"] },
  ],
  webServer: ports.map((port) => ({
    command: "node scripts/serve-e2e.mjs",
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { ...baseServerEnv, E2E_PORT: String(port), E2E_DATABASE_URL: databaseUrl },
  })),
});
