import { expect, test } from "@playwright/test";

test.describe("locale routing", () => {
  test("/ redirects to /zh for a Chinese browser", async ({ browser }) => {
    const context = await browser.newContext({
      locale: "zh-CN",
      extraHTTPHeaders: { "Accept-Language": "zh-CN,zh;q=0.9" },
    });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/zh$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await context.close();
  });

  test("/ redirects to /en for an English browser", async ({ browser }) => {
    const context = await browser.newContext({
      locale: "en-US",
      extraHTTPHeaders: { "Accept-Language": "en-US,en;q=0.9" },
    });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await context.close();
  });

  test("the NEXT_LOCALE cookie wins over Accept-Language", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { "Accept-Language": "en-US" } });
    await context.addCookies([{ name: "NEXT_LOCALE", value: "zh", url: baseURL! }]);
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/zh$/);
    await context.close();
  });

  test("the locale switcher keeps the path and the query", async ({ page }) => {
    await page.goto("/zh/models?x=1");
    await page.getByTestId("locale-switcher").click();
    await expect(page).toHaveURL(/\/en\/models\?x=1$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("locale-switcher")).toHaveText("中文");
  });

  test("an unknown locale or path is a localized 404", async ({ page }) => {
    const response = await page.goto("/fr");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const enResponse = await page.goto("/en/no-such-view");
    expect(enResponse?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    const zhResponse = await page.goto("/zh/no-such-view");
    expect(zhResponse?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在");
  });
});

test.describe("the four views render from the database", () => {
  const views = [
    { path: "", zh: "DeepSeek 是否会改变 AI 投资范式？", en: "Will DeepSeek change the AI investment paradigm?" },
    { path: "/models", zh: "主流 AI 大模型", en: "Mainstream AI models" },
    { path: "/capex", zh: "资本开支情景", en: "Capex scenario" },
    { path: "/training", zh: "训练成本", en: "Training cost" },
  ];
  for (const view of views) {
    for (const locale of ["zh", "en"] as const) {
      test(`${locale}${view.path || "/"} shows its heading and the note's citation`, async ({ page }) => {
        const response = await page.goto(`/${locale}${view.path}`);
        expect(response?.status()).toBe(200);
        await expect(page.getByRole("heading", { level: 1 })).toContainText(view[locale]);
        await expect(page.getByTestId("citation")).toContainText(locale === "zh" ? "华泰研究" : "Huatai Research");
        await expect(page).toHaveTitle(/AI Capex Lens/);
      });
    }
  }

  test("the Models view lists the note's 16 models", async ({ page }) => {
    await page.goto("/en/models");
    // The models table (the chart panels below have data tables of their own).
    await expect(page.getByTestId("models-table").locator("tbody tr")).toHaveCount(16);
    await expect(page.getByTestId("models-table")).toContainText("DeepSeek-R1");
  });
});

test.describe("server rendering without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("Summary and Models show their content", async ({ page }) => {
    await page.goto("/en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Will DeepSeek change the AI investment paradigm?",
    );
    await page.goto("/zh/models");
    await expect(page.getByTestId("models-table").locator("tbody tr")).toHaveCount(16);
    await expect(page.getByTestId("models-table")).toContainText("深度求索");
  });
});

test("GET /api/health reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  // npm run test:pg runs this file against PostgreSQL too: the server must really be on it.
  const provider = /^postgres(ql)?:/.test(process.env.E2E_DATABASE_URL ?? "") ? "postgresql" : "sqlite";
  expect(await response.json()).toEqual({ status: "ok", db: "ok", provider });
});
