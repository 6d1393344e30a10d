import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { PNG } from "pngjs";

import { CHART_PALETTES } from "../lib/charts/tokens";
import { readPngText } from "../lib/export/png-text";
import { OG_CARD } from "../lib/og/layout";
import { chartAction } from "./chart-actions";
import { csvFooter } from "./csv-footer";

// Issue #23: every figure reconciles on the page, in exports and in previews.

const LOCALES = ["zh", "en"] as const;
const CARDS = [
  "preset=consensus",
  "preset=guidance",
  "preset=actual",
  "section=vs-actual",
  "section=plans",
  "section=plans-2026",
];

const rgb = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));

/** Pixels of one colour (±6 per channel) in a band of rows of the card. */
function countColour(png: PNG, colour: number[], top: number, bottom: number): number {
  let count = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < png.width; x++) {
      const at = (png.width * y + x) * 4;
      if (colour.every((value, channel) => Math.abs(png.data[at + channel]! - value) <= 6)) count++;
    }
  }
  return count;
}

/** Whether a band of the card is blank (white): the margins nothing may run into. */
function blank(png: PNG, left: number, top: number, right: number, bottom: number): boolean {
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      const at = (png.width * y + x) * 4;
      if (png.data[at]! < 235 || png.data[at + 1]! < 235 || png.data[at + 2]! < 235) return false;
    }
  }
  return true;
}

test.describe("capex link previews", () => {
  for (const locale of LOCALES) {
    for (const query of CARDS) {
      test(`${locale} ${query}: nothing outside its box, the legend drawn under the subtitle`, async ({ request }) => {
        const response = await request.get(`/api/og/capex?locale=${locale}&${query}`);
        expect(response.status()).toBe(200);
        const png = PNG.sync.read(await response.body());
        expect([png.width, png.height]).toEqual([OG_CARD.width, OG_CARD.height]);
        // The padding is empty on every side: no title, source or bar runs off the card.
        expect(blank(png, 0, 0, png.width, 12)).toBe(true);
        expect(blank(png, 0, png.height - 12, png.width, png.height)).toBe(true);
        expect(blank(png, 0, 0, 24, png.height)).toBe(true);
        expect(blank(png, png.width - 24, 0, png.width, png.height)).toBe(true);
        // The legend's swatches sit in the band the layout gives the legend (the title is at most two lines, the subtitle two).
        const palette = CHART_PALETTES.light;
        const swatch = query.startsWith("section=vs-actual") ? palette.role.y2024 : palette.muted;
        const band = { top: 120, bottom: 250 };
        expect(countColour(png, rgb(swatch), band.top, band.bottom)).toBeGreaterThanOrEqual(14 * 14 - 20);
      });
    }
  }
});

test.describe("the guidance preset says the bases", () => {
  test("chart, CSV and PNG name the unlike pairs, the total's mix and what was applied to Meta", async ({ page }) => {
    await page.goto("/zh/capex?preset=guidance");
    const panel = page.getByTestId("chart-capex-by-company");
    await expect(panel).toBeVisible();
    // The table under the chart marks the two companies whose plan is not on the 10-K's basis.
    await panel.getByRole("tab", { name: "表格" }).click();
    await expect(panel.getByRole("table")).toContainText("微软*");
    await expect(panel.getByRole("table")).toContainText("亚马逊*");
    // The hint says what was applied to what for Meta, with the number the chart shows.
    await expect(
      page
        .getByText(
          /Meta：计划区间 600–650 亿美元取中值 625 亿美元，较同口径 2024 年 392 亿美元增长 59\.3%，按此增速套用于现金口径 2024 年 373 亿美元，得 594 亿美元/,
        )
        .first(),
    ).toBeVisible();

    const [csvDownload] = await Promise.all([page.waitForEvent("download"), chartAction(panel, "下载 CSV")]);
    const csvText = await readFile(await csvDownload.path(), "utf8");
    const csv = csvFooter(csvText, ["状态", "注", "资料来源", "数据版本", "链接"]).join("\n");
    expect(csv).toContain("状态：“公司指引”预设 · 合计 2,267 亿美元 → 3,307 亿美元（+45.8%）");
    expect(csv).toMatch(/注：\* 计划与实际口径不同：微软的 800 亿美元为其计划口径（[^）]+），同口径实际 882 亿美元/);
    expect(csv).toContain("亚马逊的 1,050 亿美元为其计划口径");
    expect(csv).toContain("合计混合了不同处理：Meta 按同口径计划增速换算到现金口径；微软、亚马逊按计划原值");
    expect(csv).toContain("得 594 亿美元");
    expect(csvText).not.toMatch(/\d\.\d{3}\b/);

    const [pngDownload] = await Promise.all([page.waitForEvent("download"), chartAction(panel, "下载 PNG")]);
    const text = readPngText(await readFile(await pngDownload.path()));
    expect(text.Comment).toContain("同口径实际 882 亿美元");
    expect(text.Comment).toContain("合计混合了不同处理");
    expect(text.Comment).toContain("得 594 亿美元");
  });

  test("the consensus PNG keeps the note's 'no per-company growth'", async ({ page }) => {
    await page.goto("/zh/capex");
    const panel = page.getByTestId("chart-capex-by-company");
    await expect(panel).toBeVisible();
    const [pngDownload] = await Promise.all([page.waitForEvent("download"), chartAction(panel, "下载 PNG")]);
    expect(readPngText(await readFile(await pngDownload.path())).Comment).toContain("研报未给出各公司的增速");
  });
});

test.describe("the note against the actuals", () => {
  test("the miss against the note and the table's gaps against the filings reconcile, and the table has a CSV", async ({
    page,
  }) => {
    await page.goto("/zh/capex?section=vs-actual");
    const block = page.getByTestId("note-vs-actual");
    await expect(block.getByTestId("vs-miss-value")).toContainText("+1,007 亿美元");
    await expect(block.getByTestId("vs-gap-total")).toContainText("+991 亿美元");
    await expect(block.getByTestId("vs-reconcile")).toContainText("高 +1,007 亿美元：其中 +991 亿美元是上表各公司");
    await expect(block.getByTestId("vs-reconcile")).toContainText("+16 亿美元是该情景与研报之差");
    // 2,695 is computed from the note's figures, never the note's badge.
    await expect(block.getByTestId("vs-note").getByText("计算值")).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      block.getByRole("button", { name: "下载 CSV" }).click(),
    ]);
    const csv = await readFile(await download.path(), "utf8");
    expect(csv).toContain("合计,2267,2711,3702,991");
    const footer = csvFooter(csv, ["状态", "注", "资料来源", "数据版本", "链接"]);
    expect(csv).toContain("2026 年 1 月 29 日");
    expect(footer.join("\n")).toMatch(/注：实际 3,702 亿美元比研报的 2,695 亿美元高 \+1,007 亿美元/);
  });
});
