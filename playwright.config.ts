import { defineConfig, devices } from "@playwright/test";
import { E2E_ADMIN_TOKEN, E2E_ADMIN_TOKENS } from "./e2e/admin-tokens";

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${port}`;

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
  projects: [
    {
      // Specs that change shared data (*.writes.spec.ts) run after every reader, so no reader sees them.
      name: "chromium",
      // *.pg.spec.ts need two servers on one PostgreSQL database: playwright.pg.config.ts.
      testIgnore: [/\.writes\.spec\.ts$/, /\.pg\.spec\.ts$/],
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: chromiumLaunchOptions,
      },
    },
    {
      name: "chromium-writes",
      testMatch: /\.writes\.spec\.ts$/,
      dependencies: ["chromium"],
      use: { ...devices["Desktop Chrome"], launchOptions: chromiumLaunchOptions },
    },
  ],
  webServer: {
    command: "node scripts/serve-e2e.mjs",
    url: `${baseURL}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    env: { E2E_PORT: String(port), ADMIN_TOKEN: E2E_ADMIN_TOKEN, ADMIN_TOKENS: E2E_ADMIN_TOKENS },
  },
});
