import { expect, test, type Page } from "@playwright/test";

// The "Actual 2025" preset: each company at its like-for-like fiscal-2025 growth (10-K filings).
const EXPECTED = {
  en: { total: "USD 370.2 bn", base: "USD 226.7 bn", preset: "Actual 2025", hint: "10-K" },
  zh: { total: "3,702 亿美元", base: "2,267 亿美元", preset: "2025 实际", hint: "10-K 年报" },
} as const;
const GROWTH = { msft: "+45.1%", googl: "+74.1%", amzn: "+58.8%", meta: "+87.1%", aapl: "+34.6%" };

const total2025 = (page: Page) => page.getByTestId("scenario-total-2025");

for (const locale of ["en", "zh"] as const) {
  const expected = EXPECTED[locale];
  const other = locale === "en" ? "zh" : "en";

  test(`preset=actual renders the 370.2 total and each company's 10-K growth (${locale})`, async ({ page }) => {
    const response = await page.goto(`/${locale}/capex?preset=actual`);
    expect(response?.status()).toBe(200);
    await expect(total2025(page)).toHaveText(expected.total);
    await expect(page.getByTestId("scenario-total-2024")).toHaveText(expected.base);
    await expect(page.getByTestId("scenario-growth")).toHaveText("+63.3%");
    for (const [ticker, growth] of Object.entries(GROWTH))
      await expect(page.getByTestId(`growth-${ticker}`)).toHaveText(growth);
    await expect(page.getByTestId("scenario-preset")).toHaveText(expected.preset);
    await expect(page.getByTestId("preset-actual")).toHaveAttribute("aria-current", "true");
    await expect(page.getByTestId("preset-hint")).toContainText(expected.hint);
    await expect(page.getByTestId("url-notices")).toHaveCount(0);
  });

  test(`picking the actual preset updates the total and the URL, and the locale switch keeps it (${locale})`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/capex`);
    await page.getByTestId("preset-actual").click();
    await expect(total2025(page)).toHaveText(expected.total);
    await expect(page).toHaveURL(new RegExp(`/${locale}/capex\\?preset=actual$`));

    await page.getByTestId("locale-switcher").click();
    await expect(page).toHaveURL(new RegExp(`/${other}/capex\\?preset=actual$`));
    await expect(total2025(page)).toHaveText(EXPECTED[other].total);
  });

  test(`a preset=actual link survives a language switch and Back (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/capex?preset=actual`);
    await page.getByTestId("locale-switcher").click();
    await expect(page).toHaveURL(new RegExp(`/${other}/capex\\?preset=actual$`));
    await expect(total2025(page)).toHaveText(EXPECTED[other].total);

    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/${locale}/capex\\?preset=actual$`));
    await expect(total2025(page)).toHaveText(expected.total);
  });

  test(`an override applies on top of the actual preset (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/capex?preset=actual&aapl=10`);
    await expect(page.getByTestId("growth-aapl")).toHaveText("+10%");
    await expect(page.getByTestId("growth-meta")).toHaveText(GROWTH.meta);
    // 370.223 − 12.715 + 9.447 × 1.1 = 367.9
    await expect(total2025(page)).toHaveText(locale === "en" ? "USD 367.9 bn" : "3,679 亿美元");
  });
}
