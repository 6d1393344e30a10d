import { defineConfig, devices } from "@playwright/test";

import { E2E_ADMIN_TOKEN, E2E_ADMIN_TOKENS } from "./e2e/admin-tokens";
import { OIDC_ISSUER, oidcServerEnv } from "./e2e/oidc/settings";

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${port}`;
/** A second server on its own SQLite file with READ_REQUIRES_SIGN_IN (e2e/read-gate.spec.ts). */
export const gatedPort = port + 2;
export const gatedURL = `http://localhost:${gatedPort}`;
/**
 * The writers' server: the specs that change data (*.writes.spec.ts) on a SQLite file of their own, so
 * they run beside the readers instead of after them (no reader sees their rows, and the second worker is
 * not left idle while they run one at a time). +1 is test:pg's second server, +3…+6 the specs' own servers.
 */
export const writersPort = port + 7;
export const writersURL = `http://localhost:${writersPort}`;
export const WRITERS_DB_FILE = "prisma/e2e-writes.db";
/** A page on another loopback origin that embeds the app (e2e/shared-views.spec.ts serves it), allowed to frame it. */
export const embedHostURL = `http://127.0.0.1:${port + 8}`;

// Debian's Chromium (Playwright's own browser download cannot work here).
const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
  ],
};

/** Every app server under test: bootstrap tokens, and single sign-on through the test provider. */
export const appServerEnv = (origin: string) => ({
  ADMIN_TOKEN: E2E_ADMIN_TOKEN,
  ADMIN_TOKENS: E2E_ADMIN_TOKENS,
  ...oidcServerEnv(origin),
});

/** The OpenID provider the app servers sign in through (e2e/oidc/provider.ts), for the given app origins. */
export const oidcProviderServer = (origins: string[]) => ({
  command: "npx tsx e2e/oidc/provider.ts",
  url: `${OIDC_ISSUER}/.well-known/openid-configuration`,
  reuseExistingServer: false,
  timeout: 60_000,
  env: { E2E_PORT: String(port), OIDC_REDIRECT_URIS: origins.map((origin) => `${origin}/api/auth/callback`).join(" ") },
});

/**
 * Sign-on and token specs write too, but after the other writers: admin.writes.spec.ts imports whole
 * data sets. On SQLite the writers' one worker takes the files in order (api-tokens and sso come after
 * admin and api-import); the PostgreSQL run, on one shared database, keeps them a project of their own.
 */
export const AUTH_WRITERS = /\/(sso|api-tokens)\.writes\.spec\.ts$/;
/** Shared by the writers' projects here and in playwright.pg.config.ts. */
export const WRITERS_PROJECT = {
  testMatch: /\.writes\.spec\.ts$/,
  // One at a time: writers share rows and the audit log (an import, an admin edit of o1, the latest entry).
  workers: 1,
  use: { ...devices["Desktop Chrome"], launchOptions: chromiumLaunchOptions, baseURL: writersURL },
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: {
    baseURL,
    acceptDownloads: true,
    trace: "retain-on-failure",
  },
  // The writers first: Playwright hands out tests in project order, so listed after the readers they
  // would start only once every reader had, and run one at a time at the end with the second worker idle.
  // First, they take one worker (their limit) from the start and the readers fill the other.
  projects: [
    { name: "chromium-writes", ...WRITERS_PROJECT },
    {
      name: "chromium",
      // *.pg.spec.ts need two servers on one PostgreSQL database: playwright.pg.config.ts.
      testIgnore: [/\.writes\.spec\.ts$/, /\.pg\.spec\.ts$/],
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: chromiumLaunchOptions,
      },
    },
  ],
  webServer: [
    oidcProviderServer([baseURL, gatedURL, writersURL]),
    {
      command: "node scripts/serve-e2e.mjs",
      url: `${baseURL}/api/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      env: { E2E_PORT: String(port), EMBED_ALLOWED_ORIGINS: embedHostURL, ...appServerEnv(baseURL) },
    },
    {
      command: "node scripts/serve-e2e.mjs",
      url: `${writersURL}/api/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      env: { E2E_PORT: String(writersPort), E2E_DB_FILE: WRITERS_DB_FILE, ...appServerEnv(writersURL) },
    },
    {
      command: "node scripts/serve-e2e.mjs",
      url: `${gatedURL}/api/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      env: {
        E2E_PORT: String(gatedPort),
        E2E_DB_FILE: "prisma/e2e-gated.db",
        READ_REQUIRES_SIGN_IN: "1",
        ...appServerEnv(gatedURL),
      },
    },
  ],
});
