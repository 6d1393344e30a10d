import { readFile, writeFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { PNG } from "pngjs";

import { readPngText } from "../lib/export/png-text";
import en from "../messages/en.json" with { type: "json" };
import zh from "../messages/zh.json" with { type: "json" };
import { chartAction, chooseImageSize } from "./chart-actions";

// After the note: the note's 2025 call against the 10-K actuals, how the plans moved, the 2026 plans.
// The consensus on the filings is 226.714 × 1.196 = 271.15, shown 271.1 since Amazon's 2024 correction to 82.999 (the 271.2 predates it).
const MESSAGES = { en, zh } as const;
const EXPECTED = {
  en: {
    note: "USD 269.5 bn",
    consensus: "USD 271.1 bn",
    actual: "USD 370.2 bn",
    miss: "+USD 100.7 bn (+37.4%)",
    meta: "USD 69.7 bn",
    metaGap: "+USD 25.1 bn (+56.4%)",
    metaLow: "60",
    metaHigh: "65",
  },
  zh: {
    note: "2,695 亿美元",
    consensus: "2,711 亿美元",
    actual: "3,702 亿美元",
    miss: "+1,007 亿美元（+37.4%）",
    meta: "697 亿美元",
    metaGap: "+251 亿美元（+56.4%）",
    metaLow: "600",
    metaHigh: "650",
  },
} as const;

/** Splits a CSV as the app writes it (UTF-8 BOM, CRLF, RFC 4180 quotes) into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!;
    if (quoted && char === '"' && body[index + 1] === '"') {
      cell += '"';
      index++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && char === "\r" && body[index + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      index++;
    } else {
      cell += char;
    }
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

async function download(page: Page, panel: Locator, name: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), chartAction(panel, name)]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

for (const locale of ["zh", "en"] as const) {
  const m = MESSAGES[locale];
  const expected = EXPECTED[locale];

  test.describe(`after the note (${locale})`, () => {
    test("note vs actual: 269.5 and 271.2 beside 370.2, the miss, and each company's actual and gap with their origins", async ({
      page,
    }) => {
      await page.goto(`/${locale}/capex?section=vs-actual`);
      const panel = page.getByTestId("note-vs-actual");
      await expect(panel.getByTestId("vs-note-value")).toHaveText(expected.note);
      await expect(panel.getByTestId("vs-note").locator("[data-origin]")).toHaveAttribute("data-origin", "computed");
      await expect(panel.getByTestId("vs-consensus-filings-value")).toHaveText(expected.consensus);
      await expect(panel.getByTestId("vs-consensus-filings").locator("[data-origin]")).toHaveAttribute(
        "data-origin",
        "computed",
      );
      await expect(panel.getByTestId("vs-actual-value")).toHaveText(expected.actual);
      await expect(panel.getByTestId("vs-actual")).toContainText("+63.3%");
      await expect(panel.getByTestId("vs-miss-value")).toHaveText(expected.miss);
      await expect(panel.getByTestId("vs-actual-meta")).toContainText(expected.meta);
      await expect(panel.getByTestId("vs-actual-meta").locator("[data-origin]")).toHaveAttribute(
        "data-origin",
        "filing",
      );
      await expect(panel.getByTestId("vs-gap-meta")).toContainText(expected.metaGap);
      // The scenario column is the note's combined growth assumed per company: a scenario, not the note's.
      await expect(page.getByTestId("vs-row-msft").locator('[data-origin="scenario"]')).toHaveCount(1);
      await expect(page.getByTestId("url-notices")).toHaveCount(0);
    });

    test("the plans chart exports a 16:9 PNG and a CSV whose rows are the dated plans", async ({ page }) => {
      await page.goto(`/${locale}/capex?section=plans`);
      const panel = page.getByTestId("chart-capex-plans");
      // The canvas loads once the panel is in view.
      await panel.scrollIntoViewIfNeeded();
      await expect(panel.locator("canvas")).toBeVisible();

      const csv = await download(page, panel, m.ChartPanel.downloadCsv);
      expect(csv.name).toBe("capex-2025-plans.csv");
      const [header, ...rows] = parseCsv(csv.bytes.toString("utf8"));
      expect(header?.[1]).toBe(m.AfterNote.tableKind);
      const plans = rows.filter((row) => row[1] === m.AfterNote.kindPlan);
      // Microsoft 1, Alphabet 4, Amazon 3, Meta 4, Apple 1 (no figure), each with its date.
      expect(plans).toHaveLength(13);
      // Dated as the page writes dates (one style per language), not as ISO codes.
      const metaFirst = locale === "zh" ? "2025 年 1 月 29 日" : "Jan 29, 2025";
      expect(
        plans.every((row) => /^(\d{4} 年 \d{1,2} 月 \d{1,2} 日|[A-Z][a-z]{2} \d{1,2}, \d{4})$/.test(row[2] ?? "")),
      ).toBe(true);
      expect(plans.find((row) => row[2] === metaFirst)?.slice(4, 6)).toEqual([expected.metaLow, expected.metaHigh]);
      expect(rows.filter((row) => row[1] === m.AfterNote.kindOutcome)).toHaveLength(5);

      await chooseImageSize(panel, m.ChartPanel.sizeSlide);
      const png = await download(page, panel, m.ChartPanel.downloadPng);
      expect(png.name).toBe("capex-2025-plans.png");
      const image = PNG.sync.read(png.bytes);
      expect([image.width, image.height]).toEqual([1920, 1080]);
      expect(Object.values(readPngText(png.bytes)).join(" ")).toContain(m.AfterNote.plansTitle);
      await writeFile(`/work/shots/afternote/plans-slide-${locale}.png`, png.bytes).catch(() => undefined);
    });

    test("the 2026 plans say which companies gave no figure", async ({ page }) => {
      await page.goto(`/${locale}/capex?section=plans-2026`);
      const panel = page.getByTestId("chart-capex-plans-2026");
      const names = locale === "zh" ? ["微软", "苹果"] : ["Microsoft", "Apple"];
      for (const name of names)
        await expect(
          panel
            .locator("p")
            .filter({ hasText: m.AfterNote.plans2026Subtitle.split("{none}")[0]! })
            .first(),
        ).toContainText(name);
      await panel.getByRole("tab", { name: m.ChartPanel.tabTable }).click();
      await expect(panel.getByRole("table")).toContainText(locale === "zh" ? "1,250" : "125");
    });

    test("the section links write the URL and Back returns to the scenario", async ({ page }) => {
      test.slow(); // two full capex pages and a client navigation on a shared machine
      await page.goto(`/${locale}/capex?preset=actual`);
      await page.getByTestId("after-note-nav").getByRole("link", { name: m.AfterNote.section_plans }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/capex\\?preset=actual&section=plans$`));
      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`/${locale}/capex\\?preset=actual$`));
      await expect(page.getByTestId("scenario-total-2025")).toHaveText(expected.actual);
    });

    test("an unknown section gets a notice", async ({ page }) => {
      await page.goto(`/${locale}/capex?section=bogus`);
      await expect(page.getByTestId("url-notices")).toContainText(
        m.Notices.capexUnknownSection.replace("{value}", "bogus"),
      );
    });

    test("an embed of a section shows that panel alone", async ({ page }) => {
      await page.goto(`/${locale}/capex?embed=1&section=plans`);
      await expect(page.getByTestId("chart-capex-plans")).toBeVisible();
      await expect(page.getByTestId("capex-total-bar")).toHaveCount(0);
    });

    test("the Summary's After the note block is dated, set apart, and links to the view", async ({ page }) => {
      test.slow();
      await page.goto(`/${locale}`);
      const block = page.getByTestId("after-the-note");
      await expect(block.getByTestId("after-the-note-actual")).toHaveText(expected.actual);
      await expect(block.getByTestId("after-the-note-miss")).toHaveText(expected.miss);
      await expect(block.getByTestId("after-the-note-dated")).toContainText(
        locale === "zh" ? "2026 年 2 月 6 日" : "Feb 6, 2026",
      );
      await expect(block.getByTestId("after-the-note-dated").locator("[data-origin]")).toHaveAttribute(
        "data-origin",
        "filing",
      );
      await block.getByTestId("after-the-note-link").click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/capex\\?preset=actual&section=vs-actual$`), {
        timeout: 20_000,
      });
      await expect(page.getByTestId("vs-actual-value")).toHaveText(expected.actual);
    });

    test("axe: the after-the-note panels pass WCAG 2.1 AA", async ({ page }) => {
      test.slow(); // axe over a long page, twice
      await page.goto(`/${locale}/capex`);
      await page.getByTestId("chart-capex-plans").scrollIntoViewIfNeeded();
      await expect(page.getByTestId("chart-capex-plans").locator("canvas")).toBeVisible();
      const results = await new AxeBuilder({ page })
        .include('[data-testid="after-note"]')
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      expect(
        results.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
        ),
      ).toEqual([]);
      await page.goto(`/${locale}`);
      const summary = await new AxeBuilder({ page })
        .include('[data-testid="after-the-note"]')
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      expect(summary.violations).toEqual([]);
    });
  });
}
