import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";

import { chartAction } from "./chart-actions";

const cost = {
  zh: { at2: "557.6 万美元", at3: "836.4 万美元", at25: "697 万美元", log: "对数" },
  en: { at2: "USD 5.576 mn", at3: "USD 8.4 mn", at25: "USD 7.0 mn", log: "Log" },
} as const;

for (const locale of ["zh", "en"] as const) {
  test.describe(`Training cost (${locale})`, () => {
    test("?scale=log&price=3 reopens with the log scale and V3 at the chosen price", async ({ page }) => {
      const response = await page.goto(`/${locale}/training?scale=log&price=3`);
      expect(response?.status()).toBe(200);
      await expect(page.getByTestId("training-chart")).toHaveAttribute("data-scale", "log");
      await expect(page.getByTestId("scale-log")).toBeChecked();
      await expect(
        page.getByLabel(locale === "zh" ? "每 GPU 小时单价（美元）" : "Price per GPU-hour (USD)"),
      ).toHaveValue("3");
      await expect(page.getByTestId("v3-cost")).toHaveText(cost[locale].at3);
      await expect(page.getByTestId("chart-training-gpu-hours")).toContainText(cost[locale].log);
      await expect(page.getByTestId("url-notices")).toHaveCount(0);
    });

    test("?price=abc shows the defaults and a notice, not an error", async ({ page }) => {
      const response = await page.goto(`/${locale}/training?price=abc&scale=cubic`);
      expect(response?.status()).toBe(200);
      const notices = page.getByTestId("url-notices");
      await expect(notices).toContainText("price=abc");
      await expect(notices).toContainText("scale=cubic");
      await expect(page.getByTestId("v3-cost")).toHaveText(cost[locale].at2);
      await expect(page.getByTestId("training-chart")).toHaveAttribute("data-scale", "linear");
    });

    test("shows the ratio, the report's cost and the caveats", async ({ page }) => {
      await page.goto(`/${locale}/training`);
      await expect(page.getByTestId("ratio")).toContainText("7%");
      await expect(
        page.getByText(locale === "zh" ? "按 GPU 小时计算为 7.09%" : "7.09% computed from the GPU-hours"),
      ).toBeVisible();
      await expect(page.getByTestId("v3-cost")).toHaveText(cost[locale].at2);
      await expect(page.getByTestId("llama-cost")).toHaveText(locale === "zh" ? "7,860 万美元" : "USD 78.6 mn");
      const caveats = page.getByTestId("training-caveats").locator("li");
      await expect(caveats).toHaveCount(3);
      await expect(caveats.first()).toContainText("H800");
      // The canvas is an image named for what it shows: the kind of chart and the figures.
      await expect(
        page.getByRole("img", {
          name:
            locale === "zh"
              ? /^柱状图：.*DeepSeek-V3 用了 278\.8 万 GPU 小时/
              : /^Bar chart: .*DeepSeek-V3 used 2\.788M GPU-hours/,
        }),
      ).toBeVisible();
    });
  });
}

test("the scale toggle and the price input update the chart, the costs and the URL", async ({ page }) => {
  await page.goto("/en/training");
  await page.getByText("Log", { exact: true }).click();
  await expect(page).toHaveURL(/\/en\/training\?scale=log$/);
  await expect(page.getByTestId("training-chart")).toHaveAttribute("data-scale", "log");

  const price = page.getByLabel("Price per GPU-hour (USD)");
  await price.fill("2.5");
  await expect(page.getByTestId("v3-cost")).toHaveText(cost.en.at25);
  await expect(page).toHaveURL(/\?scale=log&price=2\.5$/);
  // Out of range: the nearest allowed price applies, shown in the field with the reason beside it.
  await price.fill("500");
  await expect(price).toHaveValue("100");
  await expect(price).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("training-price-hint")).toHaveText(
    "USD 500 is outside USD 0.1–100: USD 100 per GPU-hour applied.",
  );
  await expect(page).toHaveURL(/\?scale=log&price=100$/);
  await price.fill("2.5");
  await expect(price).not.toHaveAttribute("aria-invalid");
  // The address bar follows once typing pauses (lib/url-state/options.ts); the reload opens what it says then.
  await expect(page).toHaveURL(/\?scale=log&price=2\.5$/);

  // The link reopens the same view, in the other language too.
  await page.reload();
  await expect(page.getByTestId("v3-cost")).toHaveText(cost.en.at25);
  await page.getByTestId("locale-switcher").click();
  await expect(page).toHaveURL(/\/zh\/training\?scale=log&price=2\.5$/);
  await expect(page.getByTestId("v3-cost")).toHaveText(cost.zh.at25);
  await expect(page.getByTestId("training-chart")).toHaveAttribute("data-scale", "log");
});

test("the data table and the PNG export follow the view state: what the chart shows, not the price beside it", async ({
  page,
}) => {
  await page.goto("/en/training?scale=log&price=3");
  const chart = page.getByTestId("chart-training-gpu-hours");
  await expect(chart.getByRole("heading", { level: 2 })).toHaveText("Training GPU-hours");
  await expect(chart).toContainText("Log scale");
  await expect(chart).not.toContainText("USD 3");
  await chart.getByRole("tab", { name: "Table" }).click();
  await expect(chart.locator("tbody tr")).toHaveCount(2);
  await expect(chart.locator("tbody tr").first()).toContainText("DeepSeek-V3: final training run (H800)");
  await expect(chart.locator("tbody tr").first()).toContainText("2.788");
  await expect(chart.locator("tbody tr").last()).toContainText(
    "Llama 3 series: 8B, 70B and 405B models combined (H100-80GB)",
  );
  const [download] = await Promise.all([page.waitForEvent("download"), chartAction(chart, "Download PNG")]);
  expect(download.suggestedFilename()).toBe("training-gpu-hours-log.png");
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
});

test.describe("Training cost without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the form applies a price and the server renders the costs", async ({ page }) => {
    await page.goto("/en/training");
    await page.getByLabel("Price per GPU-hour (USD)").fill("3");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/price=3/);
    await expect(page.getByTestId("v3-cost")).toHaveText(cost.en.at3);
  });
});
