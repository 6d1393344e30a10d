import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";

import { chartAction } from "./chart-actions";

// The expected figures, as each locale prints them (zh counts in 亿美元). On the filings' 226.714 (Amazon
// 2024 at 82.999) the consensus is 271.15; guidance compares Meta's plan with its 2024 on the same basis.
const EXPECTED = {
  en: {
    consensus: "USD 271.1 bn",
    guidance: "USD 330.7 bn",
    msft50: "USD 284.7 bn",
    base: "USD 226.7 bn",
    custom: "Custom",
    guidancePreset: "Company guidance",
    notice: "not understood",
  },
  zh: {
    consensus: "2,711 亿美元",
    guidance: "3,307 亿美元",
    msft50: "2,847 亿美元",
    base: "2,267 亿美元",
    custom: "自定义",
    guidancePreset: "公司指引",
    notice: "无法识别",
  },
} as const;

const total2025 = (page: Page) => page.getByTestId("scenario-total-2025");

for (const locale of ["en", "zh"] as const) {
  const expected = EXPECTED[locale];

  test.describe(`capex scenario (${locale})`, () => {
    test("consensus: every company +19.6%, total 271.1", async ({ page }) => {
      const response = await page.goto(`/${locale}/capex?preset=consensus`);
      expect(response?.status()).toBe(200);
      await expect(total2025(page)).toHaveText(expected.consensus);
      await expect(page.getByTestId("scenario-total-2024")).toHaveText(expected.base);
      await expect(page.getByTestId("scenario-growth")).toHaveText("+19.6%");
      for (const ticker of ["msft", "googl", "amzn", "meta", "aapl"]) {
        await expect(page.getByTestId(`growth-${ticker}`)).toHaveText("+19.6%");
      }
      // The note's own figures sit beside the scenario.
      await expect(page.getByTestId("headline-note-2024")).toHaveText(
        locale === "en" ? "USD 225.3 bn" : "2,253 亿美元",
      );
      await expect(page.getByTestId("headline-note-2025")).toHaveText(
        locale === "en" ? "USD 269.5 bn" : "2,695 亿美元",
      );
      await expect(page.getByTestId("headline-note-growth")).toHaveText(locale === "en" ? "(+19.6%)" : "（+19.6%）");
      // One badge per figure: the note's 2024 total wears the note's, the 2025 total it implies the computed one.
      const headlineBadges = page.getByTestId("headline-note").locator("[data-origin]");
      await expect(headlineBadges).toHaveCount(2);
      await expect(page.getByTestId("headline-note-2024-origin").locator("[data-origin]")).toHaveAttribute(
        "data-origin",
        "note",
      );
      await expect(page.getByTestId("url-notices")).toHaveCount(0);
    });

    test("guidance: 330.7, +45.8%; Microsoft +79.9%, Amazon +26.5%, Meta +59.3% like for like, statements dated", async ({
      page,
    }) => {
      const response = await page.goto(`/${locale}/capex?preset=guidance`);
      expect(response?.status()).toBe(200);
      await expect(total2025(page)).toHaveText(expected.guidance);
      await expect(page.getByTestId("scenario-growth")).toHaveText("+45.8%");
      await expect(page.getByTestId("growth-msft")).toHaveText("+79.9%");
      await expect(page.getByTestId("growth-amzn")).toHaveText("+26.5%");
      await expect(page.getByTestId("growth-meta")).toHaveText("+59.3%");
      await expect(page.getByTestId("growth-aapl")).toHaveText("+19.6%");
      await expect(page.getByTestId("scenario-preset")).toHaveText(expected.guidancePreset);
      await expect(page.getByTestId("preset-hint")).toContainText(locale === "en" ? "finance leases" : "融资租赁");
      await expect(page.getByTestId("statement-msft")).toContainText(
        locale === "en" ? "Jan 3, 2025" : "2025 年 1 月 3 日",
      );
      // Each plan says next to its growth what it is compared with; the growth is computed, the plan a statement.
      await expect(page.getByTestId("growth-compared-meta")).toContainText(locale === "en" ? "39.2" : "392");
      await expect(page.getByTestId("growth-compared-msft")).toContainText(
        locale === "en" ? "finance leases" : "融资租赁",
      );
      await expect(page.getByTestId("growth-compared-amzn")).toContainText(locale === "en" ? "annualised" : "年化");
      await expect(page.getByTestId("growth-origin-meta").locator("[data-origin]").first()).toHaveAttribute(
        "data-origin",
        "computed",
      );
      await expect(page.getByTestId("growth-origin-meta").locator('[data-origin="statement"]')).toHaveCount(1);
    });

    test("an override makes the preset custom: consensus + Microsoft 50% → 284.7", async ({ page }) => {
      const response = await page.goto(`/${locale}/capex?preset=consensus&msft=50`);
      expect(response?.status()).toBe(200);
      await expect(page.getByTestId("scenario-preset")).toHaveText(expected.custom);
      await expect(total2025(page)).toHaveText(expected.msft50);
      await expect(page.getByTestId("growth-number-msft")).toHaveValue("50");
    });

    test("out-of-range growth is clamped and malformed growth ignored, each with a notice", async ({ page }) => {
      const clamped = await page.goto(`/${locale}/capex?msft=999`);
      expect(clamped?.status()).toBe(200);
      await expect(page.getByTestId("url-notices")).toContainText(expected.notice);
      await expect(page.getByTestId("url-notices")).toContainText("msft=999");
      await expect(page.getByTestId("growth-msft")).toHaveText("+200%");
      await expect(page.getByTestId("growth-slider-msft")).toHaveValue("200");

      const malformed = await page.goto(`/${locale}/capex?msft=abc`);
      expect(malformed?.status()).toBe(200);
      await expect(page.getByTestId("url-notices")).toContainText("msft=abc");
      await expect(page.getByTestId("growth-msft")).toHaveText("+19.6%");
      await expect(total2025(page)).toHaveText(expected.consensus);
    });

    test("moving a slider changes the total and replaces the URL; reload, a new context and the locale switch keep it", async ({
      page,
      browser,
    }) => {
      await page.goto(`/${locale}/capex?preset=consensus`);
      await expect(total2025(page)).toHaveText(expected.consensus);
      const historyLength = await page.evaluate(() => history.length);

      await page.getByTestId("growth-slider-msft").fill("40");
      await page.getByTestId("growth-slider-msft").fill("50");
      await expect(total2025(page)).toHaveText(expected.msft50);
      await expect(page.getByTestId("scenario-preset")).toHaveText(expected.custom);
      await expect(page).toHaveURL(new RegExp(`/${locale}/capex\\?preset=consensus&msft=50$`));
      expect(await page.evaluate(() => history.length)).toBe(historyLength);

      await page.reload();
      await expect(total2025(page)).toHaveText(expected.msft50);
      await expect(page.getByTestId("growth-number-msft")).toHaveValue("50");

      const fresh = await browser.newContext();
      const other = await fresh.newPage();
      await other.goto(page.url());
      await expect(total2025(other)).toHaveText(expected.msft50);
      await fresh.close();

      const otherLocale = locale === "en" ? "zh" : "en";
      await page.getByTestId("locale-switcher").click();
      await expect(page).toHaveURL(new RegExp(`/${otherLocale}/capex\\?preset=consensus&msft=50$`));
      await expect(total2025(page)).toHaveText(EXPECTED[otherLocale].msft50);
    });

    test("typing a growth and picking a preset update the view without a reload", async ({ page }) => {
      await page.goto(`/${locale}/capex`);
      await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
      await page.getByTestId("preset-guidance").click();
      await expect(total2025(page)).toHaveText(expected.guidance);
      await expect(page).toHaveURL(/\?preset=guidance$/);
      await page.getByTestId("growth-number-aapl").fill("10");
      await expect(page).toHaveURL(/\?preset=guidance&aapl=10$/);
      await expect(page.getByTestId("growth-aapl")).toHaveText("+10%");
      await expect(page.getByTestId("scenario-preset")).toHaveText(expected.custom);
      await page.getByTestId("preset-flat").click();
      await expect(total2025(page)).toHaveText(expected.base);
      await expect(page).toHaveURL(/\?preset=flat$/);
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    });

    test("JavaScript disabled: the URL's scenario is rendered, and the form applies new inputs", async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/${locale}/capex?preset=guidance&aapl=10`);
      await expect(total2025(page)).not.toHaveText(expected.guidance);
      await expect(page.getByTestId("growth-aapl")).toHaveText("+10%");
      await page.getByTestId("growth-number-msft").fill("50");
      await page.getByRole("button", { name: locale === "en" ? "Apply" : "应用" }).click();
      await expect(page).toHaveURL(/\?preset=guidance&msft=50&.*aapl=10$/);
      await expect(page.getByTestId("growth-msft")).toHaveText("+50%");
      // The form sends every input; those equal to the preset's values are not counted as edits.
      await expect(page.getByTestId("chart-capex-by-company")).toContainText(
        locale === "en"
          ? "Company guidance preset, edited: Microsoft +50% and Apple +10%"
          : "“公司指引”预设，自定义：微软 +50%、苹果 +10%",
      );
      await context.close();
    });
  });
}

test("the bar chart exports a PNG named after the scenario", async ({ page }) => {
  await page.goto("/en/capex?preset=guidance&aapl=10");
  const chart = page.getByTestId("chart-capex-by-company");
  await expect(chart).toContainText("Company guidance preset, edited: Apple +10%");
  const [download] = await Promise.all([page.waitForEvent("download"), chartAction(chart, "Download PNG")]);
  expect(download.suggestedFilename()).toBe("capex-2025-guidance-aapl10.png");
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
});

test("the sensitivity table marks the note, the actual total and the scenario", async ({ page }) => {
  await page.goto("/en/capex?preset=flat");
  const chart = page.getByTestId("chart-capex-sensitivity");
  await chart.getByRole("tab", { name: "Table" }).click();
  const rows = chart.locator("tbody tr");
  await expect(rows).toHaveCount(24);
  await expect(rows.nth(21)).toContainText("269.5");
  await expect(rows.nth(22)).toContainText("Actual 2025 (10-K filings");
  await expect(rows.nth(22)).toContainText("63.3");
  // At the precision the chart prints (no false precision in tables and CSV).
  await expect(rows.nth(22)).toContainText("370.2");
  await expect(rows.nth(22)).not.toContainText("370.223");
  await expect(rows.nth(23)).toContainText("This scenario");
  await expect(rows.nth(23)).toContainText("226.7");
});
