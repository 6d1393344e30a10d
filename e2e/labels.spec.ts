import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";

import en from "../messages/en.json" with { type: "json" };
import zh from "../messages/zh.json" with { type: "json" };
import { chartAction } from "./chart-actions";

// Labels that tell the truth: a figure the app computes or assumes never wears the note's or a filing's badge.
const MESSAGES = { en, zh } as const;

/** Downloads a CSV by `click` (a toolbar button, or a chart panel's action) and splits it into lines. */
async function csvRows(page: Page, click: () => Promise<void>): Promise<string[]> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return (await readFile(await download.path()))
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .split("\r\n");
}

for (const locale of ["zh", "en"] as const) {
  const m = MESSAGES[locale];

  test.describe(`origin badges (${locale})`, () => {
    test("Summary: the implied 2025 total and the 7.09% are computed, and say from what; the stated 7% stays the note's", async ({
      page,
    }) => {
      await page.goto(`/${locale}`);
      const growthTile = page.getByTestId("key-figure-capex-growth");
      const implied = growthTile.locator('[data-testid="figure-source"][data-origin="computed"]');
      await expect(implied).toHaveCount(1);
      await expect(implied.locator("[data-origin]").first()).toHaveText(m.Origin.computed);
      await expect(implied).toContainText(
        locale === "zh" ? "2,253 亿美元 ×（1 + 19.6%）" : "USD 225.3 bn × (1 + 19.6%)",
      );
      await expect(growthTile.locator('[data-testid="figure-source"][data-origin="note"]')).toHaveCount(1);

      const sources = page.getByTestId("sources-and-corrections");
      await expect(sources.getByTestId("figure-origin-capex_total_2025_implied")).toHaveAttribute(
        "data-origin",
        "computed",
      );
      await expect(sources.getByTestId("figure-origin-capex_total_2025_implied")).toContainText(m.Origin.computed);
      await expect(sources.getByTestId("figure-origin-training_ratio_computed")).toHaveAttribute(
        "data-origin",
        "computed",
      );
      await expect(sources.getByTestId("figure-origin-training_ratio_computed")).toContainText(
        locale === "zh" ? "278.8 万 GPU 小时 ÷" : "2.788M GPU-hours ÷",
      );
      await expect(sources.getByTestId("figure-origin-training_ratio_stated")).toHaveAttribute("data-origin", "note");
      await expect(sources.getByTestId("figure-origin-training_ratio_stated")).toContainText("7%");
      // The thesis that cites the implied total marks it computed too.
      await expect(page.getByTestId("thesis-2").locator('[data-origin="computed"]')).toHaveText(m.Origin.computed);
    });

    test("Training: V3's cost is the note's only at the V3 report's USD 2; at another price it and Llama 3's are what-ifs", async ({
      page,
    }) => {
      await page.goto(`/${locale}/training`);
      await expect(page.getByTestId("v3-cost-origin")).toHaveAttribute("data-origin", "note");
      await expect(page.getByTestId("llama-cost-origin")).toHaveAttribute("data-origin", "scenario");
      await expect(page.getByTestId("ratio-computed")).toContainText(m.Origin.computed);
      await page.goto(`/${locale}/training?price=3`);
      await expect(page.getByTestId("v3-cost-origin")).toHaveAttribute("data-origin", "scenario");
      await expect(page.getByTestId("v3-cost-origin")).toContainText(m.Origin.scenario);
    });

    test("Capex: the scenario headline is a scenario, not a filing", async ({ page }) => {
      // Written against the headline's stable test id; the capex view adopts lib/capex/figure-origins.ts at merge.
      await page.goto(`/${locale}/capex?preset=guidance`);
      await expect(page.getByTestId("headline-scenario").locator("[data-origin]").first()).toHaveAttribute(
        "data-origin",
        "scenario",
      );
      await expect(page.getByTestId("headline-scenario").locator('[data-origin="filing"]')).toHaveCount(0);
    });

    test("Capex: under consensus each company's +19.6% is a scenario assumption; the note's 2025 total is computed", async ({
      page,
    }) => {
      await page.goto(`/${locale}/capex`);
      for (const ticker of ["msft", "googl", "amzn", "meta", "aapl"]) {
        const badge = page.getByTestId(`growth-origin-${ticker}`).locator("[data-origin]");
        await expect(badge).toHaveAttribute("data-origin", "scenario");
        await expect(badge).toHaveText(m.Origin.scenario);
      }
      await expect(page.getByTestId("capex-inputs").locator('[data-origin="note"]')).toHaveCount(0);
      await expect(page.getByTestId("headline-note-2025-origin").locator("[data-origin]")).toHaveAttribute(
        "data-origin",
        "computed",
      );
    });
  });

  test.describe(`what the note marks (${locale})`, () => {
    test("MoE: marked only where the note or a caveat says so; R1 shows MoE with its source, never 'no'", async ({
      page,
    }) => {
      await page.goto(`/${locale}/models`);
      const moe = (slug: string) => page.locator(`tr[data-slug="${slug}"]`).getByTestId("model-moe");
      await expect(moe("deepseek-r1")).toContainText(
        locale === "zh" ? "是（总参数 671B，激活 37B）" : "Yes (671B total, 37B active)",
      );
      await expect(moe("deepseek-r1").locator('[data-origin="statement"]')).toHaveAttribute(
        "title",
        m.Models.moeSourceDeepseekR1,
      );
      await expect(moe("grok-1")).toHaveText(m.Models.moeMarked);
      await expect(moe("gpt-4o")).toHaveText(m.Models.moeUnmarked);
      const cells = await page.getByTestId("model-moe").allTextContents();
      expect(cells.filter((cell) => cell === m.Models.moeUnmarked)).toHaveLength(13);
      expect(cells).not.toContain(locale === "zh" ? "否" : "No");

      await page.goto(`/${locale}/models/deepseek-r1`);
      const facts = page.getByTestId("model-moe");
      await expect(facts).toContainText(m.Models.moeSourceDeepseekR1);
      await expect(page.getByTestId("model-caveat")).toContainText("MoE");
    });

    test("o1's 300B is marked as the note's figure in the table, the detail, the chart and the CSV", async ({
      page,
    }) => {
      const qualifier = m.Models.paramsNoteOnly.replace("{company}", "OpenAI");
      await page.goto(`/${locale}/models?company=openai&view=params`);
      await expect(page.locator('tr[data-slug="o1"]').getByTestId("model-params-qualifier")).toHaveText(qualifier);
      const rows = await csvRows(page, () =>
        page.getByTestId("models-table-export").getByRole("button", { name: m.ChartPanel.downloadCsv }).click(),
      );
      // Typed for a spreadsheet: the parameters a number, the qualifier in the remark column beside it.
      expect(rows[1]).toContain(`,300,${qualifier},`);
      expect(rows[1]).toContain(m.Models.moeUnmarked);

      const chart = page.getByTestId("chart-models-params");
      await expect(chart.getByRole("heading", { level: 2 })).toHaveText(m.Models.chartParamsTitle);
      await chart.getByRole("tab", { name: m.ChartPanel.tabTable }).click();
      await expect(chart.locator("tbody tr").first()).toContainText(qualifier);
      const chartRows = await csvRows(page, () => chartAction(chart, m.ChartPanel.downloadCsv));
      expect(chartRows[0]).toBe(
        [m.Models.colModel, m.Models.colCompany, m.Models.colParamsB, m.Models.colParamsRemark].join(","),
      );
      expect(chartRows[1]).toContain(qualifier);

      await page.goto(`/${locale}/models/o1`);
      await expect(page.getByTestId("model-params-qualifier")).toHaveText(qualifier);
    });

    test("the parameter chart says MoE models are charted at their total parameters", async ({ page }) => {
      await page.goto(`/${locale}/models?view=params&region=CN`);
      const chart = page.getByTestId("chart-models-params");
      await expect(chart.getByRole("heading", { level: 2 })).toContainText("MoE");
      await chart.getByRole("tab", { name: m.ChartPanel.tabTable }).click();
      await expect(chart.locator("tbody tr").filter({ hasText: "DeepSeek-R1" })).toContainText(m.Models.paramsMoeTotal);
    });
  });
}
