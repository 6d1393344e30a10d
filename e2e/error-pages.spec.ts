import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

import { startOwnServer, stopOwnServer } from "./own-server";

// A path no view matches is answered by app/not-found.tsx, which Next renders on the server: readable
// without JavaScript, in the path's language. (notFound() from a view, e.g. an unknown model, still gets
// Next's empty recovery shell that the browser fills in: vercel/next.js#62228.)
const UNKNOWN_PATHS = [
  ["/zh/no-such-page", "zh-CN", "页面不存在", "返回摘要", "页面不存在 · AI Capex Lens"],
  ["/en/no-such-page", "en", "Page not found", "Back to the summary", "Page not found · AI Capex Lens"],
] as const;

test("an unknown path is a 404 in the locale's language, with its lang and the site's frame", async ({ page }) => {
  for (const [path, lang, heading, back, title] of UNKNOWN_PATHS) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page).toHaveTitle(title);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(page.getByTestId("not-found").getByRole("link", { name: back })).toHaveAttribute(
      "href",
      `/${path.slice(1, 3)}`,
    );
    await expect(page.getByRole("navigation").first()).toBeVisible();
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an unknown path still reads: 404, the locale's lang, its text and a way back", async ({ page }) => {
    for (const [path, lang, heading, back] of UNKNOWN_PATHS) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      expect(await response?.text()).not.toContain("__next_error__");
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await page.getByTestId("not-found").getByRole("link", { name: back }).click();
      await expect(page).toHaveURL(new RegExp(`${path.slice(0, 3)}$`));
    }
  });
});

// A server of its own on a database file that was never migrated: every query fails in the data layer,
// as it would with a database gone away. Views answer 500 with the localized error page, not Next's.
const port = Number(process.env.E2E_PORT ?? 3100) + 6; // +1 test:pg's second server, +2 the gated one, +3 auth-config's, +4 the upgraded database's, +5 the OpenID provider
const base = `http://localhost:${port}`;
let dir: string;
let server: ChildProcess | undefined;

test.describe("a data-layer error", () => {
  // One server without tables for both tests.
  test.describe.configure({ mode: "serial" });
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    dir = mkdtempSync(path.join(tmpdir(), "capex-lens-no-tables-"));
    const env = { ...process.env, DATABASE_URL: `file:${path.join(dir, "empty.db")}`, NEXT_TELEMETRY_DISABLED: "1" };
    // /api/health answers 503 here (no tables): any answer means the server is up.
    server = await startOwnServer(port, env, () => true);
  });

  test.afterAll(() => {
    stopOwnServer(server);
    rmSync(dir, { recursive: true, force: true });
  });

  test("a view whose data cannot be read is a 500 with the localized error page inside the site's frame", async ({
    page,
  }) => {
    for (const [path, lang, heading, retry] of [
      ["/zh/training", "zh-CN", "页面暂时无法显示", "重试"],
      ["/en/models?region=CN", "en", "This page cannot be shown right now", "Try again"],
      ["/zh/capex", "zh-CN", "页面暂时无法显示", "重试"],
    ] as const) {
      const response = await page.goto(`${base}${path}`);
      expect(response?.status(), path).toBe(500);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(page.getByRole("button", { name: retry })).toBeVisible();
      // The header stays (the layout survives a database it cannot read), so the reader can go elsewhere.
      await expect(page.getByRole("navigation").first()).toBeVisible();
    }
  });

  test("without JavaScript the error page still says what happened, in the path's language", async ({ browser }) => {
    // Next sends an empty recovery document for a failed view; the layout's inserted style writes the message into it.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [path, heading] of [
      ["/zh/training", "页面暂时无法显示"],
      ["/en/capex", "This page cannot be shown right now"],
    ] as const) {
      const response = await page.goto(`${base}${path}`);
      expect(response?.status(), path).toBe(500);
      const shown = await page.evaluate(() => getComputedStyle(document.body, "::before").content);
      expect(shown, path).toContain(heading);
    }
    await context.close();
  });

  test("Try again asks the server again and stays on the error page while it fails", async ({ page }) => {
    await page.goto(`${base}/en/training`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page cannot be shown right now");
    const again = page.waitForRequest(
      (request) => request.url().startsWith(`${base}/en/training`) && request.headers()["rsc"] === "1",
    );
    await page.getByRole("button", { name: "Try again" }).click();
    await again;
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page cannot be shown right now");
  });
});
