import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { PNG } from "pngjs";

import { CHART_PALETTES } from "../lib/charts/tokens";
import { readPngText } from "../lib/export/png-text";
import en from "../messages/en.json" with { type: "json" };
import zh from "../messages/zh.json" with { type: "json" };
import { chartAction, chooseImageSize } from "./chart-actions";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const MESSAGES = { en, zh } as const;

type ExportDetail = {
  format: string;
  width: number;
  height: number;
  tickFontPx: Record<string, number>;
  legendFontPx: number;
};

/** Downloads the panel's PNG in the chosen size; returns the decoded image, its text chunks and what the export recorded. */
async function exportPng(page: Page, panel: Locator, locale: "en" | "zh", size: "sizeSlide" | "sizeDocument") {
  const m = MESSAGES[locale].ChartPanel;
  await chooseImageSize(panel, m[size]);
  const [download] = await Promise.all([page.waitForEvent("download"), chartAction(panel, m.downloadPng)]);
  const bytes = await readFile(await download.path());
  const detail = await page.evaluate(
    () => (performance.getEntriesByName("chart-png-export").at(-1) as PerformanceMeasure).detail as ExportDetail,
  );
  return { name: download.suggestedFilename(), png: PNG.sync.read(bytes), text: readPngText(bytes), detail };
}

function pixel(png: PNG, x: number, y: number): number[] {
  const index = (png.width * y + x) * 4;
  return [...png.data.subarray(index, index + 4)];
}

const WHITE = [255, 255, 255, 255];

function cornersAreWhite(png: PNG): boolean {
  return [
    pixel(png, 0, 0),
    pixel(png, png.width - 1, 0),
    pixel(png, 0, png.height - 1),
    pixel(png, png.width - 1, png.height - 1),
  ].every((corner) => corner.join() === WHITE.join());
}

/** What the live chart on a canvas says it is (written from the Chart.js instance by chart-canvas.tsx). */
async function drawnChart(panel: Locator) {
  const canvas = panel.locator("canvas");
  await expect(canvas).toHaveAttribute("data-chart-type", /.+/);
  return {
    type: await canvas.getAttribute("data-chart-type"),
    scales: JSON.parse((await canvas.getAttribute("data-scales")) ?? "{}") as Record<string, string>,
    series: JSON.parse((await canvas.getAttribute("data-series")) ?? "{}") as Record<string, string>,
  };
}

test.describe("PNG exports for slides and documents", () => {
  for (const { locale, path, panel, file, notes } of [
    {
      locale: "en",
      path: "/capex?preset=guidance&aapl=10",
      panel: "chart-capex-by-company",
      file: "capex-2025-guidance-aapl10",
      notes: "Guidance: ",
    },
    {
      locale: "zh",
      path: "/training?scale=log&price=2.5",
      panel: "chart-training-gpu-hours",
      file: "training-gpu-hours-log",
      notes: "注：GPU 不同",
    },
    {
      locale: "en",
      path: "/models?view=params",
      panel: "chart-models-params",
      file: "models-params",
      notes: "Note: Parameters undisclosed",
    },
  ] as const) {
    test(`${locale}${path}: Slide 16:9 is 1920×1080 and Document 2400 px wide, white, with 24 px+ ticks and the words in the file`, async ({
      page,
    }) => {
      await page.goto(`/${locale}${path}`);
      const chart = page.getByTestId(panel);
      await expect(chart.locator("canvas")).toBeVisible();

      const slide = await exportPng(page, chart, locale, "sizeSlide");
      expect(slide.name).toBe(`${file}.png`);
      expect([slide.png.width, slide.png.height]).toEqual([1920, 1080]);
      expect(cornersAreWhite(slide.png)).toBe(true);
      // The tick and legend sizes the export's chart was drawn with, read from its resolved options.
      expect(slide.detail.format).toBe("slide");
      expect(Object.values(slide.detail.tickFontPx).length).toBeGreaterThanOrEqual(2);
      for (const size of Object.values(slide.detail.tickFontPx)) expect(size).toBeGreaterThanOrEqual(24);
      expect(slide.detail.legendFontPx).toBeGreaterThanOrEqual(24);
      expect(slide.text.Title).toBe(await chart.getByRole("heading", { level: 2 }).textContent());
      // The files name the data version they were made with (v=, lib/export/data-version.ts).
      expect(slide.text.URL).toMatch(
        new RegExp(`^${escapeRegExp(`${new URL(page.url()).origin}/${locale}${path}`)}&v=\\d+$`),
      );
      expect(slide.text.Software).toBe("AI Capex Lens");
      expect(slide.text.Source).toMatch(
        new RegExp(`^${MESSAGES[locale].ChartPanel.sourceLine.replace("{source}", "")}`),
      );
      expect(slide.text.Comment).toContain(notes);

      const documentPng = await exportPng(page, chart, locale, "sizeDocument");
      expect(documentPng.name).toBe(`${file}-document.png`);
      expect(documentPng.png.width).toBe(2400);
      expect(documentPng.png.height).toBeGreaterThan(1000);
      expect(cornersAreWhite(documentPng.png)).toBe(true);
      for (const size of Object.values(documentPng.detail.tickFontPx)) expect(size).toBe(28);
      expect(documentPng.text.Title).toBe(slide.text.Title);
    });
  }

  test("Copy image copies the chosen size", async ({ browser }) => {
    const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    await page.goto("/en/training");
    const chart = page.getByTestId("chart-training-gpu-hours");
    await chooseImageSize(chart, "Document");
    await chartAction(chart, "Copy image");
    await expect(chart.getByRole("status")).toHaveText("Image copied");
    const size = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const bitmap = await createImageBitmap(await item!.getType("image/png"));
      return [bitmap.width, bitmap.height];
    });
    expect(size[0]).toBe(2400);
    await context.close();
  });
});

test.describe("honest log scales", () => {
  test("Training draws dots on a log axis and bars from zero on a linear one", async ({ page }) => {
    await page.goto("/en/training?scale=log");
    const chart = page.getByTestId("chart-training-gpu-hours");
    expect(await drawnChart(chart)).toMatchObject({ type: "line", scales: { x: "logarithmic", y: "category" } });
    await expect(page.getByRole("img", { name: /^Dot plot: / })).toBeVisible();

    await page.getByText("Linear", { exact: true }).click();
    await expect(page).toHaveURL(/\/en\/training$/);
    await expect(chart.locator("canvas")).toHaveAttribute("data-chart-type", "bar");
    expect(await drawnChart(chart)).toMatchObject({ type: "bar", scales: { x: "linear", y: "category" } });
  });

  test("the Models parameters tab is a dot plot on a log axis, in region colours", async ({ page }) => {
    await page.goto("/zh/models?view=params");
    const chart = await drawnChart(page.getByTestId("chart-models-params"));
    expect(chart).toMatchObject({ type: "line", scales: { x: "logarithmic", y: "category" } });
    expect(chart.series).toEqual({
      "region:US": CHART_PALETTES.light.region.US,
      "region:CN": CHART_PALETTES.light.region.CN,
    });
  });
});

test.describe("one colour, one meaning", () => {
  test("every chart on every view uses the same colour for the same company, region and role, and no colour for two things", async ({
    page,
  }) => {
    // Seven views, each chart drawn as it scrolls into view (the canvases load lazily).
    test.setTimeout(120_000);
    const seen = new Map<string, string>();
    for (const path of [
      "/en/capex",
      "/en/capex?preset=guidance",
      "/zh/models",
      "/en/models?view=regions",
      "/en/models?view=params",
      "/en/training",
      "/zh/training?scale=log",
    ]) {
      await page.goto(path);
      const panels = page.locator("[data-chart-panel]");
      for (let index = 0; index < (await panels.count()); index++) {
        await panels.nth(index).scrollIntoViewIfNeeded();
        for (const [meaning, colour] of Object.entries((await drawnChart(panels.nth(index))).series)) {
          expect(seen.get(meaning) ?? colour, `${meaning} on ${path}`).toBe(colour);
          seen.set(meaning, colour);
        }
      }
    }
    expect([...seen.keys()]).toEqual(
      expect.arrayContaining(["company:msft", "company:meta", "region:US", "region:CN", "role:note", "role:scenario"]),
    );
    expect(new Set(seen.values()).size).toBe(seen.size);
    expect(seen.get("company:meta")).toBe(CHART_PALETTES.light.company.meta);
  });
});

test.describe("Chart | Table tabs", () => {
  test("the Table tab shows the chart's values: named headers, numbers right-aligned at one precision", async ({
    page,
  }) => {
    await page.goto("/en/capex?preset=guidance");
    const panel = page.getByTestId("chart-capex-sensitivity");
    const tabs = panel.getByRole("tablist", { name: "Show 2025 total if every company grew at the same rate as" });
    await expect(tabs.getByRole("tab")).toHaveText(["Chart", "Table"]);
    await expect(tabs.getByRole("tab", { name: "Chart" })).toHaveAttribute("aria-selected", "true");
    const table = panel.getByRole("table");
    await expect(table).toBeHidden();

    // Keyboard: the selected tab is the one tab stop; arrows move and select.
    await tabs.getByRole("tab", { name: "Chart" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(tabs.getByRole("tab", { name: "Table" })).toBeFocused();
    await expect(tabs.getByRole("tab", { name: "Table" })).toHaveAttribute("aria-selected", "true");
    await expect(table).toBeVisible();
    await expect(panel.locator("canvas")).toBeHidden();

    const headers = table.getByRole("columnheader");
    await expect(headers).toHaveText(["Series", "Uniform growth (%)", "2025 total (USD bn)"]);
    const cells = table.locator("tbody tr").first().locator("th, td");
    await expect(cells).toHaveText(["Uniform growth", "−20.0", "181.4"]);
    await expect(table.locator("tbody tr").nth(21).locator("td")).toHaveText(["19.6", "269.5"]);
    expect(await cells.nth(2).evaluate((cell) => getComputedStyle(cell).textAlign)).toBe("right");

    await page.keyboard.press("ArrowLeft");
    await expect(panel.locator("canvas")).toBeVisible();
  });

  test("every canvas is an image named for what it shows", async ({ page }) => {
    await page.goto("/zh/capex");
    await expect(page.getByRole("img", { name: /^柱状图：各公司资本开支/ })).toBeVisible();
    await expect(page.getByRole("img", { name: /^折线图：.*标出研报的合计与当前情景/ })).toBeVisible();
  });
});

test.describe("share", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("Copy link puts the bare URL on the clipboard (and a titled link as rich text); it opens the same view", async ({
    page,
    browser,
  }) => {
    await page.goto("/en/capex?preset=guidance&aapl=10");
    const panel = page.getByTestId("chart-capex-by-company");
    await chartAction(panel, "Copy link");
    await expect(panel.getByRole("status")).toHaveText("Link copied");
    const origin = new URL(page.url()).origin;
    const text = await page.evaluate(() => navigator.clipboard.readText());
    // The address bar, pinned to the data version on screen.
    expect(text).toMatch(new RegExp(`^${escapeRegExp(`${origin}/en/capex?preset=guidance&aapl=10`)}&v=\\d+$`));
    const html = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item!.types.includes("text/html") ? (await item!.getType("text/html")).text() : "";
    });
    expect(html).toContain(`<a href="${text.replace(/&/g, "&amp;")}">Capex by company, 2024 vs 2025</a>`);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(text);
    await expect(other.getByTestId("growth-aapl")).toHaveText("+10%");
    await expect(other.getByTestId("scenario-total-2025")).toHaveText(
      await page.getByTestId("scenario-total-2025").innerText(),
    );
    await fresh.close();
  });

  test("Embed shows an iframe snippet of the current state that loads the chart, signed and linked to the full view", async ({
    page,
  }) => {
    await page.goto("/en/models?region=CN&view=regions");
    const panel = page.getByTestId("chart-models-regions");
    const embed = panel.getByRole("toolbar").getByRole("button", { name: "Embed" });
    await expect(embed).toHaveAttribute("aria-expanded", "false");
    await embed.click();
    await expect(embed).toHaveAttribute("aria-expanded", "true");
    const code = panel.getByRole("textbox", { name: "Embed code" });
    const snippet = await code.inputValue();
    const origin = new URL(page.url()).origin;
    // The snippet is pinned to the data version on screen (v=), as Copy link is.
    const version = /&amp;v=(\d+)&amp;/.exec(snippet)?.[1];
    expect(snippet).toMatch(
      new RegExp(
        `^<iframe src="${origin}/en/models\\?region=CN&amp;view=regions&amp;v=\\d+&amp;embed=1&amp;panel=models-regions" title="Models by region and weights · AI Capex Lens" width="100%" height="\\d+" style="border:0" loading="lazy" data-capex-lens-embed></iframe>\n<script src="${origin}/embed.js" async></script>$`,
      ),
    );
    await panel.getByRole("button", { name: "Copy code" }).click();
    await expect(panel.getByRole("status")).toHaveText("Code copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

    // Pasted into a page of this site (frame-ancestors 'self'), the snippet shows the same chart.
    await page.evaluate((html) => {
      document.body.innerHTML = html;
    }, snippet);
    const frame = page.frameLocator("iframe");
    await expect(frame.getByTestId("chart-models-regions").locator("canvas")).toBeVisible();
    await expect(frame.getByTestId("chart-models-regions")).toContainText("Region: China");
    await expect(frame.getByRole("link", { name: "Open the full view" })).toHaveAttribute(
      "href",
      `${origin}/en/models?region=CN&view=regions&v=${version}`,
    );
  });
});

test.describe("dark mode", () => {
  test.use({ colorScheme: "dark" });

  test("follows the system, keeps the reader's choice, and still exports on white", async ({ page }) => {
    await page.goto("/en/training");
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const luminance = (colour: string) => {
      const canvas = document.createElement("canvas").getContext("2d")!;
      canvas.fillStyle = colour;
      canvas.fillRect(0, 0, 1, 1);
      const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    };
    const dark = await page.evaluate(luminance, await background());
    expect(dark).toBeLessThan(0.15);
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    const toggle = page.getByRole("button", { name: "Dark mode" });
    await expect(toggle).toHaveAttribute("aria-pressed", "true");

    // The chart on screen follows the theme: its colours are the dark palette's.
    const panel = page.getByTestId("chart-training-gpu-hours");
    expect((await drawnChart(panel)).series["region:CN"]).toBe(CHART_PALETTES.dark.region.CN);
    // Its export is for a white slide all the same.
    const { png } = await exportPng(page, panel, "en", "sizeSlide");
    expect(cornersAreWhite(png)).toBe(true);

    // The reader's choice wins over the system and survives a reload, with no dark first paint.
    await toggle.click();
    await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
    await page.reload();
    await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
    expect(await page.evaluate(luminance, await background())).toBeGreaterThan(0.9);
  });
});

test.describe("phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("one Share / Download menu per chart: a menu button with 44 px items, keyboard and Escape", async ({ page }) => {
    await page.goto("/en/training");
    const panel = page.getByTestId("chart-training-gpu-hours");
    await expect(panel.getByRole("toolbar")).toBeHidden();
    const button = panel.getByRole("button", { name: "Share / Download" });
    await expect(button).toHaveAttribute("aria-haspopup", "menu");
    expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await button.focus();
    await page.keyboard.press("ArrowDown");
    const menu = panel.getByRole("menu", { name: "Share / Download" });
    await expect(menu).toBeVisible();
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(menu.getByRole("menuitemradio", { name: "Slide 16:9" })).toBeFocused();
    await expect(menu.getByRole("menuitemradio", { name: "Slide 16:9" })).toHaveAttribute("aria-checked", "true");
    const items = menu.getByRole("menuitem");
    await expect(items).toHaveText([
      "Download PNG",
      "Copy image",
      "Download CSV",
      "PowerPoint (.pptx)",
      "Excel (.xlsx)",
      "SVG (.svg)",
      "Copy link",
      "Embed",
    ]);
    for (const box of await Promise.all((await items.all()).map((item) => item.boundingBox())))
      expect(box!.height).toBeGreaterThanOrEqual(44);
    await page.keyboard.press("End");
    await expect(items.last()).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();
    // The chart tabs are finger-sized too.
    expect((await panel.getByRole("tab", { name: "Table" }).boundingBox())!.height).toBeGreaterThanOrEqual(44);
  });

  test("a tap on a slider's track does not jump the value; the thumb is finger-sized", async ({ page }) => {
    await page.goto("/en/capex");
    expect(await page.evaluate(() => matchMedia("(pointer: coarse)").matches)).toBe(true);
    const slider = page.getByTestId("growth-slider-msft");
    await expect(slider).toHaveValue("19.6");
    const box = (await slider.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    await page.touchscreen.tap(box.x + box.width * 0.8, box.y + box.height / 2);
    await expect(page.getByTestId("growth-msft")).toHaveText("+19.6%");
    await expect(slider).toHaveValue("19.6");
  });

  test("the Models table keeps the model name in view while it scrolls sideways", async ({ page }) => {
    await page.goto("/en/models");
    const table = page.getByTestId("models-table");
    const name = table.getByTestId("model-name").first();
    const before = (await name.boundingBox())!;
    await table.evaluate((element) => element.scrollBy({ left: 400 }));
    await expect.poll(() => table.evaluate((element) => element.scrollLeft)).toBeGreaterThan(100);
    const after = (await name.boundingBox())!;
    expect(Math.abs(after.x - before.x)).toBeLessThan(1);
  });
});
