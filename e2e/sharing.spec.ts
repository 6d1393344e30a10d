import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Locator, type Page } from "@playwright/test";
import { PNG } from "pngjs";

import { readPngText } from "../lib/export/png-text";
import en from "../messages/en.json" with { type: "json" };
import zh from "../messages/zh.json" with { type: "json" };
import { baseURL } from "../playwright.config";
import { chartAction } from "./chart-actions";
import { csvFooter } from "./csv-footer";

const MESSAGES = { en, zh } as const;

/** One chart per view: where it is, its panel, its title in each locale and the file it downloads as. */
const CHARTS = [
  {
    view: "models",
    path: "/models?region=CN",
    panel: "chart-models-releases",
    title: (m: typeof en) => m.Models.chartReleasesTitle,
    file: "models-releases-cn.png",
  },
  {
    view: "capex",
    path: "/capex?preset=guidance&aapl=10",
    panel: "chart-capex-by-company",
    title: (m: typeof en) => m.Capex.chartBarsTitle,
    file: "capex-2025-guidance-aapl10.png",
  },
  {
    view: "training",
    path: "/training?scale=log&price=2.5",
    panel: "chart-training-gpu-hours",
    title: (m: typeof en) => m.Training.chartTitle,
    file: "training-gpu-hours-log.png",
  },
] as const;

async function downloadFrom(page: Page, button: Locator): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return { download, bytes: await readFile(await download.path()) };
}

async function downloadByAction(
  page: Page,
  panel: Locator,
  action: string,
): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), chartAction(panel, action)]);
  return { download, bytes: await readFile(await download.path()) };
}

/** Whether a band of rows (in file pixels) holds dark "ink", i.e. text was drawn there. */
function hasInk(png: PNG, fromRow: number, toRow: number): boolean {
  for (let y = fromRow; y < toRow; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (png.width * y + x) * 4;
      if (png.data[i]! < 80 && png.data[i + 1]! < 80 && png.data[i + 2]! < 80) return true;
    }
  }
  return false;
}

for (const locale of ["en", "zh"] as const) {
  const m = MESSAGES[locale];

  for (const chart of CHARTS) {
    test(`${chart.view}: Download PNG gives a titled, white slide image in ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}${chart.path}`);
      const panel = page.getByTestId(chart.panel);
      await expect(panel.getByRole("heading", { level: 2 })).toHaveText(chart.title(m));
      await expect(panel.locator("canvas")).toBeVisible();

      const { download, bytes } = await downloadByAction(page, panel, m.ChartPanel.downloadPng);
      expect(download.suggestedFilename()).toBe(chart.file);
      expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const png = PNG.sync.read(bytes);
      expect([png.width, png.height]).toEqual([1920, 1080]); // the default size: Slide 16:9
      expect([...png.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
      const last = (png.width * png.height - 1) * 4;
      expect([...png.data.subarray(last, last + 4)]).toEqual([255, 255, 255, 255]);
      // The title is drawn at the top (64 px padding, 52 px type) and the file says which title it drew.
      expect(hasInk(png, 70, 120)).toBe(true);
      const text = readPngText(bytes);
      expect(text.Title).toBe(chart.title(m));
      const url = `${new URL(page.url()).origin}/${locale}${chart.path}`;
      // The files name the data version they were made with (v=, last).
      expect(text.URL).toMatch(new RegExp(`^${url.replace(/[?.]/g, "\\$&")}[?&]v=\\d+$`));
      expect(text.Source).toContain(m.ChartPanel.sourceLine.replace("{source}", ""));
    });
  }

  test(`models table CSV holds exactly the filtered rows with ${locale} headers`, async ({ page }) => {
    await page.goto(`/${locale}/models?region=CN&access=open`);
    const toolbar = page.getByTestId("models-table-export");
    const { download, bytes } = await downloadFrom(
      page,
      toolbar.getByRole("button", { name: m.ChartPanel.downloadCsv }),
    );
    expect(download.suggestedFilename()).toBe("models-cn-open.csv");
    const csv = bytes.toString("utf8");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [header, ...rest] = csv.slice(1).split("\r\n");
    expect(header).toBe(
      [
        m.Models.colModel,
        m.Models.colCompany,
        m.Models.colRegion,
        m.Models.colParamsB,
        m.Models.colParamsRemark,
        m.Models.colMoe,
        m.Models.colModalities,
        m.Models.colAccess,
        m.Models.colReleased,
      ].join(","),
    );
    const blank = rest.indexOf("");
    const rows = rest.slice(0, blank);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toContain(`,${m.Models.regionCN},`);
    // Typed for a spreadsheet: parameters a plain number (or empty), the release an ISO year-month.
    for (const row of rows)
      expect(row).toMatch(new RegExp(`,${m.Models.regionCN},(\\d+(\\.\\d+)?)?,.*,\\d{4}-\\d{2}$`));
    // After the rows: the state the file shows, the panel's caveats, then the source, last.
    const footer = csvFooter(csv, [m.ChartPanel.csvStateLabel, m.ChartPanel.csvNoteLabel, m.ChartPanel.sourceLabel]);
    expect(footer[0]).toMatch(new RegExp(`^${m.ChartPanel.csvStateLabel}[:：]`));
    expect(footer.at(-1)).toMatch(new RegExp(`^${m.ChartPanel.sourceLabel}[:：]`));
    // Each entry sits in the first column, cut to 40 columns, so no column is widened past the table's.
    expect(rest.slice(blank + 1).every((line) => !/^[^"]*,/.test(line))).toBe(true);
    // The table on screen shows the same three models.
    await expect(page.getByTestId("models-table").locator("tbody tr")).toHaveCount(3);
  });
}

test("the chart loads after first paint in the box kept for it, and Download PNG clicked before that waits for it", async ({
  page,
}) => {
  // Hold back the Chart.js chunk (the one script with Chart.js's own error text) until after the click.
  let chartRequested!: () => void;
  const requested = new Promise<void>((resolve) => (chartRequested = resolve));
  let releaseChart!: () => void;
  const released = new Promise<void>((resolve) => (releaseChart = resolve));
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    if (body.includes("Failed to create chart")) {
      chartRequested();
      await released;
    }
    await route.fulfill({ response, body });
  });
  await page.goto("/en/training?scale=log&price=2.5", { waitUntil: "commit" });
  const panel = page.getByTestId("chart-training-gpu-hours");
  const placeholder = panel.getByTestId("chart-placeholder");
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText(en.Training.chartTitle);
  await expect(placeholder).toBeVisible();
  await requested;
  // The toolbar is live (its arrow keys work) while the chart is still on its way.
  const buttons = panel.getByRole("toolbar").getByRole("button");
  await buttons.first().focus();
  await page.keyboard.press("ArrowRight");
  await expect(buttons.nth(1)).toBeFocused();
  const reserved = await placeholder.boundingBox();
  expect(reserved?.height).toBe(260);

  const download = page.waitForEvent("download");
  await buttons.first().click();
  await expect(placeholder).toBeVisible();
  await expect(panel.locator("canvas")).toHaveCount(0);
  releaseChart();
  const png = PNG.sync.read(await readFile(await (await download).path()));
  expect(png.width).toBe(1920);
  expect(hasInk(png, 70, 120)).toBe(true);
  await expect(placeholder).toHaveCount(0);
  // The canvas takes exactly the box the placeholder held: nothing below it moves.
  expect(await panel.locator("canvas").boundingBox()).toEqual(reserved);
});

test.describe("clipboard", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("Copy link in an embedded chart, in Chinese, shares the full view (no embed=1)", async ({ page }) => {
    await page.goto("/zh/capex?preset=flat&embed=1");
    const panel = page.getByTestId("chart-capex-by-company");
    await chartAction(panel, "复制链接");
    await expect(panel.getByRole("status")).toHaveText("链接已复制");
    const origin = new URL(page.url()).origin;
    // Pinned to the data version on screen (v=).
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(`^${origin}/zh/capex\\?preset=flat&v=\\d+$`),
    );
  });

  test("Copy image puts a PNG on the clipboard", async ({ page }) => {
    await page.goto("/en/training");
    const panel = page.getByTestId("chart-training-gpu-hours");
    await chartAction(panel, "Copy image");
    await expect(panel.getByRole("status")).toHaveText("Image copied");
    const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
    expect(types).toContain("image/png");
  });
});

test("without clipboard access, Copy image downloads the PNG instead", async ({ page }) => {
  await page.goto("/en/capex");
  const panel = page.getByTestId("chart-capex-by-company");
  // Headless Chromium without the permission refuses clipboard writes, like an insecure intranet origin.
  await page.evaluate(() =>
    Object.defineProperty(navigator, "clipboard", {
      value: { write: () => Promise.reject(new DOMException("denied", "NotAllowedError")) },
    }),
  );
  const { download, bytes } = await downloadByAction(page, panel, "Copy image");
  expect(download.suggestedFilename()).toBe("capex-2025-consensus.png");
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  await expect(panel.getByRole("status")).toHaveText("Clipboard unavailable: image downloaded instead");
});

test("the toolbar is one tab stop; arrow keys move along it and Enter acts", async ({ page }) => {
  await page.goto("/en/models?access=open&view=regions");
  const toolbar = page.getByRole("toolbar", { name: "Export: Models by region and weights" });
  // Buttons and the server-built files' links (PowerPoint, Excel, SVG), in one roving order.
  const controls = toolbar.locator("button, a");
  await expect(controls).toHaveText([
    "Download PNG",
    "Copy image",
    "Slide 16:9",
    "Document",
    "Download CSV",
    "PowerPoint (.pptx)",
    "Excel (.xlsx)",
    "SVG (.svg)",
    "Copy link",
    "Embed",
  ]);
  await expect(toolbar.getByRole("radio", { name: "Slide 16:9" })).toHaveAttribute("aria-checked", "true");
  await controls.first().focus();
  await page.keyboard.press("ArrowRight");
  await expect(controls.nth(1)).toBeFocused();
  await page.keyboard.press("End");
  await expect(controls.nth(9)).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(controls.nth(0)).toBeFocused();
  for (let step = 0; step < 6; step += 1) await page.keyboard.press("ArrowLeft");
  await expect(controls.nth(4)).toBeFocused();
  // Only the focused control is in the tab order, so Tab leaves the toolbar.
  await expect(toolbar.locator('[tabindex="0"]')).toHaveCount(1);
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  expect(download.suggestedFilename()).toBe("models-regions-open.csv");
});

test.describe("link previews", () => {
  async function ogImage(page: Page, path: string): Promise<string> {
    await page.goto(path);
    const url = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(url).toBeTruthy();
    return url!;
  }

  test("og:image of /en/capex?preset=guidance is a 1200×630 PNG of that state", async ({ page, request }) => {
    const url = await ogImage(page, "/en/capex?preset=guidance");
    expect(url).toMatch(/^http:\/\/localhost:\d+\/api\/og\/capex\?locale=en&preset=guidance$/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      "content",
      "Capex by company, 2024 vs 2025",
    );
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
      "content",
      /^Company guidance preset · total /,
    );
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    const response = await request.get(url);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    const png = PNG.sync.read(await response.body());
    expect([png.width, png.height]).toEqual([1200, 630]);
  });

  test("a bad query still gets a PNG of the defaults, never a 500", async ({ page, request }) => {
    const url = await ogImage(page, "/en/capex?preset=zzz");
    // The preview describes what the page shows: the defaults.
    expect(url).toMatch(/\/api\/og\/capex\?locale=en&preset=consensus$/);
    for (const target of [
      url,
      "/api/og/capex?locale=en&preset=zzz&aapl=abc",
      "/api/og/models?locale=xx&region=Mars&view=pie",
      "/api/og/training?price=-1&scale=cubic",
    ]) {
      const response = await request.get(target);
      expect(response.status(), target).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
      expect(PNG.sync.read(await response.body()).width).toBe(1200);
    }
    expect((await request.get("/api/og/nowhere?locale=en")).status()).toBe(404);
  });

  test("a model page's preview is the model's card, in the page's language, on the public origin", async ({
    page,
    request,
  }) => {
    const cards: Record<string, Buffer> = {};
    for (const locale of ["zh", "en"] as const) {
      const m = MESSAGES[locale].Models;
      // The list's state travels on the page's link, not on its card.
      const url = await ogImage(page, `/${locale}/models/o1?region=US`);
      expect(url).toBe(`${baseURL}/api/og/model?locale=${locale}&slug=o1`);
      await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
        "content",
        `${baseURL}/${locale}/models/o1?region=US`,
      );
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "o1");
      const description = (await page.locator('meta[property="og:description"]').getAttribute("content"))!;
      for (const part of [m.colCompany, m.colRegion, m.regionUS, m.colAccess, m.closed, m.colReleased, "300B"])
        expect(description, locale).toContain(part);
      expect(description).toContain(m.paramsNoteOnly.replace("{company}", "OpenAI"));
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
      await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute("content", url);
      const response = await request.get(url);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
      cards[locale] = await response.body();
      const png = PNG.sync.read(cards[locale]);
      expect([png.width, png.height]).toEqual([1200, 630]);
    }
    expect(PNG.sync.read(cards.zh!).data.equals(PNG.sync.read(cards.en!).data)).toBe(false);
    // Another model draws another card.
    const other = await request.get(await ogImage(page, "/en/models/deepseek-r1"));
    expect((await other.body()).equals(cards.en!)).toBe(false);
    // A malformed version is dropped (redirected to the card without it), as on the other previews.
    const badVersion = await request.get("/api/og/model?locale=en&slug=o1&v=abc", { maxRedirects: 0 });
    expect(badVersion.status()).toBe(308);
    expect(badVersion.headers()["location"]).toBe("/api/og/model?locale=en&slug=o1");
    // A model that does not exist has no card: 404, never a 500.
    for (const target of [
      "/api/og/model?locale=en&slug=no-such-model",
      "/api/og/model?locale=zh&slug=%2E%2E%2Fadmin",
      "/api/og/model?locale=en",
    ])
      expect((await request.get(target)).status(), target).toBe(404);
  });

  test("every view has a localized preview", async ({ page, request }) => {
    for (const [path, title] of [
      ["/zh", zh.Sharing.summaryChart],
      ["/zh/models?region=CN&access=open", zh.Models.chartReleasesTitle],
      ["/zh/capex?preset=flat", zh.Capex.chartBarsTitle],
      ["/en/training?scale=log", en.Training.chartTitle],
    ] as const) {
      const url = await ogImage(page, path);
      const content = [
        await page.locator('meta[property="og:title"]').getAttribute("content"),
        await page.locator('meta[property="og:description"]').getAttribute("content"),
      ].join(" ");
      expect(content, path).toContain(title);
      const response = await request.get(url);
      expect(response.headers()["content-type"], path).toBe("image/png");
    }
  });
});

test.describe("embed mode", () => {
  for (const [path, panels] of [
    ["/en/capex?preset=guidance&embed=1", ["chart-capex-by-company", "chart-capex-sensitivity"]],
    ["/zh/models?region=CN&view=regions&embed=1", ["chart-models-regions"]],
    ["/en/training?embed=1", ["chart-training-gpu-hours"]],
  ] as const) {
    test(`${path} shows just the charts and their toolbars`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
      await expect(page.getByRole("navigation")).toHaveCount(0);
      await expect(page.locator("header, footer")).toHaveCount(0);
      for (const panel of panels) {
        await expect(page.getByTestId(panel).locator("canvas")).toBeVisible();
        await expect(
          page
            .getByTestId(panel)
            .getByRole("button", { name: /^(Download PNG|下载 PNG|Share \/ Download|分享 \/ 下载)$/ }),
        ).toBeVisible();
      }
      await expect(page.locator("figure")).toHaveCount(panels.length);
      // Signed with the product's name and a link to the same view in full, in a new tab.
      const signature = page.getByTestId("embed-signature");
      await expect(signature).toContainText("AI Capex Lens");
      const open = signature.getByRole("link");
      await expect(open).toHaveAttribute("target", "_blank");
      await expect(open).toHaveAttribute("href", page.url().replace(/[?&]embed=1$/, ""));
      // embed=1 itself is understood: no notice about it.
      await expect(page.getByTestId("url-notices")).toHaveCount(0);
    });
  }

  for (const [path, locale, notice, panel] of [
    ["/en/capex?embed=1&msft=abc", "en", "“msft=abc” is not a percentage: ignored.", "chart-capex-by-company"],
    ["/zh/models?embed=1&region=XX", "zh", "“XX”不是参数“region”的有效值，已忽略。", "chart-models-releases"],
    [
      "/en/training?embed=1&scale=bogus",
      "en",
      "“scale=bogus” is not a known scale (linear or log); showing the linear scale.",
      "chart-training-gpu-hours",
    ],
  ] as const) {
    test(`${path} shows the chart with defaults and the notice above it`, async ({ page }) => {
      await page.goto(path);
      const notices = page.getByTestId("url-notices");
      await expect(notices).toBeVisible();
      await expect(notices).toContainText(MESSAGES[locale].Notices.title);
      await expect(notices.getByRole("listitem")).toHaveText([notice]);
      await expect(page.locator("header, footer")).toHaveCount(0);
      const chart = page.getByTestId(panel);
      await expect(chart.locator("canvas")).toBeVisible();
      const [noticeBox, chartBox] = [await notices.boundingBox(), await chart.boundingBox()];
      expect(noticeBox && chartBox && noticeBox.y + noticeBox.height <= chartBox.y).toBe(true);
    });
  }

  test("without embed=1 the same view has its navigation", async ({ page }) => {
    await page.goto("/en/capex?preset=guidance");
    await expect(page.getByRole("navigation", { name: "Views" })).toBeVisible();
  });
});
