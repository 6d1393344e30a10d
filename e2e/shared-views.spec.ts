// Where a shared view lands (#30): an embed on another site sizes to its content and follows the
// host's theme; the dark legend names series; the zh 2026-plans export keeps every label; phones.
import { createServer, type Server } from "node:http";
import { expect, test, type Locator, type Page } from "@playwright/test";

import { worstCaseDistance } from "../lib/charts/colour-vision";
import en from "../messages/en.json" with { type: "json" };
import zh from "../messages/zh.json" with { type: "json" };
import { baseURL, embedHostURL } from "../playwright.config";
import { chartAction, chooseImageSize } from "./chart-actions";

const MESSAGES = { en, zh } as const;

type Drawn = {
  legend: { text: string; fill: string }[];
  ticks: Record<string, { rotation: number; cut: boolean }>;
};

/** The live chart's legend and tick layout (written onto the canvas by chart-canvas.tsx). */
async function drawn(panel: Locator): Promise<Drawn> {
  const canvas = panel.locator("canvas");
  await expect(canvas).toHaveAttribute("data-ticks", /.+/);
  return {
    legend: JSON.parse((await canvas.getAttribute("data-legend")) ?? "[]") as Drawn["legend"],
    ticks: JSON.parse((await canvas.getAttribute("data-ticks")) ?? "{}") as Drawn["ticks"],
  };
}

/** The Embed dialog's snippet for a panel (opened from its toolbar). */
async function embedSnippet(page: Page, panel: Locator): Promise<string> {
  await chartAction(panel, "Embed");
  return panel.getByRole("textbox", { name: "Embed code" }).inputValue();
}

test.describe("an embed on another site", () => {
  // One host server and page for both tests: they run one after the other in one worker.
  test.describe.configure({ mode: "serial" });
  // The host page (a wiki, a portal) on a second loopback origin, allowed by EMBED_ALLOWED_ORIGINS in
  // playwright.config.ts, under a strict CSP: scripts and frames from the app only, no inline styles.
  let host: Server;
  let hostPage = "";
  test.beforeAll(async () => {
    const port = Number(new URL(embedHostURL).port);
    host = createServer((_request, response) => {
      const app = new URL(baseURL).origin;
      response.writeHead(200, {
        "Content-Type": "text/html; charset=utf-8",
        "Content-Security-Policy": `default-src 'none'; script-src ${app}; frame-src ${app}; style-src 'none'`,
      });
      response.end(hostPage);
    });
    await new Promise<void>((resolve) => host.listen(port, "127.0.0.1", resolve));
  });
  test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

  test("sizes to its content, shows the one chart embedded, and follows the host's dark theme", async ({ page }) => {
    test.slow(); // the capex page, then the host page and the embed
    await page.goto("/en/capex?preset=guidance");
    const panel = page.getByTestId("chart-capex-by-company");
    const snippet = await embedSnippet(page, panel);
    await expect(panel.getByTestId("embed-allowed")).toContainText(new URL(embedHostURL).origin);
    expect(snippet).toContain("panel=capex-by-company");
    expect(snippet).toContain(`<script src="${new URL(page.url()).origin}/embed.js" async></script>`);

    hostPage = `<!doctype html><html lang="en" class="dark"><head><title>Wiki</title></head><body><h1>Capex</h1>${snippet}<p>After</p></body></html>`;
    await page.goto(`${embedHostURL}/wiki`);
    const iframe = page.locator("iframe[data-capex-lens-embed]");
    const frame = page.frameLocator("iframe[data-capex-lens-embed]");
    await expect(frame.getByTestId("chart-capex-by-company").locator("canvas")).toBeVisible();
    // That chart alone: not the sensitivity chart beside it on the page.
    await expect(frame.getByTestId("chart-capex-sensitivity")).toHaveCount(0);
    await expect(frame.getByTestId("embed-signature")).toBeVisible();

    // The iframe's height becomes its content's, within a few px (the snippet's first guess differs).
    await expect
      .poll(async () => {
        const box = await iframe.boundingBox();
        const content = await frame.locator("body").evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
        return Math.abs((box?.height ?? 0) - content);
      })
      .toBeLessThanOrEqual(3);
    // The host's dark class reaches the embed, and the embed's chart draws on the dark palette.
    await expect(frame.locator("html")).toHaveClass(/\bdark\b/);
  });

  test("theme=light in the embed's URL wins over the host's dark theme, with embed.js loaded after the embed reported", async ({
    page,
  }) => {
    const app = new URL(baseURL).origin;
    // The snippet's script is async: it may start after the embed has posted its height (which it posts
    // again only on a change). Made certain here: embed.js is added once the embed's report has come.
    hostPage = `<!doctype html><html lang="en" class="dark"><head><title>Wiki</title></head><body><iframe data-capex-lens-embed title="Training" src="${app}/en/training?embed=1&amp;theme=light"></iframe></body></html>`;
    await page.addInitScript(() => {
      if (window !== window.top) return;
      const heights: number[] = [];
      Object.assign(window, { embedHeights: heights });
      addEventListener("message", (event) => {
        if ((event.data as { type?: string })?.type === "capex-lens:height") heights.push(event.data.height);
      });
    });
    await page.goto(`${embedHostURL}/wiki-light`);
    const frame = page.frameLocator("iframe[data-capex-lens-embed]");
    await expect(frame.getByTestId("chart-training-gpu-hours")).toBeVisible();
    const contentHeight = () =>
      frame.locator("body").evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
    const lastReport = () => page.evaluate(() => (window as unknown as { embedHeights: number[] }).embedHeights.at(-1));
    // The embed has reported the height it has; nobody listened.
    await expect.poll(async () => (await lastReport()) === (await contentHeight())).toBe(true);
    const iframe = page.locator("iframe[data-capex-lens-embed]");
    expect(await iframe.evaluate((element) => (element as HTMLIFrameElement).style.height)).toBe("");

    await page.evaluate((src) => {
      const script = document.createElement("script");
      script.src = src;
      document.body.append(script);
    }, `${app}/embed.js`);
    // embed.js asks the embed for its size: the iframe gets its content's height, and the host's theme is sent.
    await expect
      .poll(
        async () =>
          (await iframe.evaluate((element) => (element as HTMLIFrameElement).style.height)) ===
          `${await contentHeight()}px`,
      )
      .toBe(true);
    // The URL's choice still holds.
    await expect(frame.locator("html")).not.toHaveClass(/\bdark\b/);
  });
});

test.describe("dark mode legends", () => {
  test.use({ colorScheme: "dark" });

  for (const locale of ["en", "zh"] as const) {
    test(`${locale}: the capex legend names its series, in three swatches told apart`, async ({ page }) => {
      const m = MESSAGES[locale].Capex;
      await page.goto(`/${locale}/capex?preset=actual`);
      const panel = page.getByTestId("chart-capex-by-company");
      await panel.scrollIntoViewIfNeeded();
      const { legend } = await drawn(panel);
      expect(legend.map((item) => item.text)).toEqual([m.series2024, m.series2025, m.seriesActualTotal]);
      for (const [index, item] of legend.entries())
        for (const other of legend.slice(index + 1))
          expect(worstCaseDistance(item.fill, other.fill)).toBeGreaterThan(0.1);

      // The computed badge is drawn for the dark page: a dark fill under light text.
      const badge = page.locator('[data-origin="computed"]').first();
      const [fill, ink] = await badge.evaluate((element) => {
        const style = getComputedStyle(element);
        const luminance = (colour: string) => {
          const context = document.createElement("canvas").getContext("2d")!;
          context.fillStyle = colour;
          context.fillRect(0, 0, 1, 1);
          const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
          return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
        };
        return [luminance(style.backgroundColor), luminance(style.color)];
      });
      expect(fill).toBeLessThan(0.3);
      expect(ink).toBeGreaterThan(0.7);
    });
  }
});

test("zh: the 2026-plans export keeps the latest revisions' labels and every other", async ({ page }) => {
  const m = MESSAGES.zh.ChartPanel;
  await page.goto("/zh/capex?section=plans-2026");
  const panel = page.getByTestId("chart-capex-plans-2026");
  await panel.scrollIntoViewIfNeeded();
  await expect(panel.locator("canvas")).toBeVisible();
  // Each stated plan is one label: a range, or a single figure.
  // (The table tab is hidden: read its rows by tag, not role.)
  const shown = await panel.locator("table tbody tr").evaluateAll((rows) =>
    rows.flatMap((row) => {
      const cells = [...row.querySelectorAll("th, td")].map((cell) => cell.textContent ?? "");
      return [1, 4].filter((column) => /\d/.test(cells[column] ?? ""));
    }),
  );
  await chooseImageSize(panel, m.sizeSlide);
  await Promise.all([page.waitForEvent("download"), chartAction(panel, m.downloadPng)]);
  const labels = await page.evaluate(
    () =>
      (performance.getEntriesByName("chart-png-export").at(-1) as PerformanceMeasure).detail.valueLabels as string[],
  );
  expect(labels).toEqual(expect.arrayContaining(["1,800–1,900", "1,250–1,450"]));
  expect(labels).toHaveLength(shown.length);
});

test.describe("phone, 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const locale of ["zh", "en"] as const) {
    test(`${locale}: the Training chart's labels are whole and its ticks level`, async ({ page }) => {
      await page.goto(`/${locale}/training`);
      const panel = page.getByTestId("chart-training-gpu-hours");
      await panel.scrollIntoViewIfNeeded();
      const { ticks } = await drawn(panel);
      expect(ticks.y).toEqual({ rotation: 0, cut: false });
      expect(ticks.x?.rotation).toBe(0);
    });
  }

  test("the capex sliders take the card's width", async ({ page }) => {
    await page.goto("/zh/capex");
    const slider = page.getByTestId("growth-slider-msft");
    const box = await slider.boundingBox();
    // 250 points (−50…+200) over at least 200 px: under 1.25 points per pixel.
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(200);
  });
});

test("desktop: the capex chart stays in view while the inputs below the fold change", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/en/capex");
  // Apple's input, the last, in the middle of the screen (the page's top, and the chart's place in it, far above).
  const slider = page.getByTestId("growth-slider-aapl");
  await slider.evaluate((element) => element.scrollIntoView({ block: "center" }));
  await slider.focus();
  await page.keyboard.press("ArrowRight");
  const chart = await page.getByTestId("capex-chart-column").boundingBox();
  expect(chart).not.toBeNull();
  expect(chart!.y).toBeGreaterThanOrEqual(0);
  expect(chart!.y + chart!.height).toBeLessThanOrEqual(900);
  // The arrow key stepped the growth to the next whole point (slider-keys.ts), with the chart in view.
  await expect(page.getByTestId("growth-number-aapl")).toHaveValue("20");
});

test("Chart | Table is in the URL: a reload keeps the table, and Copy link carries it", async ({ page }) => {
  await page.goto("/en/capex?preset=flat");
  const panel = page.getByTestId("chart-capex-by-company");
  await panel.getByRole("tab", { name: MESSAGES.en.ChartPanel.tabTable }).click();
  await expect(page).toHaveURL(/[?&]table=capex-by-company(&|$)/);
  await page.reload();
  await expect(panel.getByRole("tab", { name: MESSAGES.en.ChartPanel.tabTable })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await expect(panel.getByRole("table")).toBeVisible();
  await panel.getByRole("tab", { name: MESSAGES.en.ChartPanel.tabChart }).click();
  await expect(page).not.toHaveURL(/table=/);
});

test("Back between section links lands on the section the URL names", async ({ page }) => {
  test.slow(); // a long page, two history steps
  const nav = page.getByTestId("after-note-nav");
  const sectionTop = (id: string) => page.locator(`#${id}`).evaluate((element) => element.getBoundingClientRect().top);
  await page.goto("/en/capex");
  await nav.getByRole("link", { name: MESSAGES.en.AfterNote.section_plans }).click();
  await expect(page).toHaveURL(/section=plans$/);
  await expect.poll(() => sectionTop("plans")).toBeLessThan(120);
  await nav.getByRole("link", { name: MESSAGES.en.AfterNote["section_plans-2026"] }).click();
  await expect(page).toHaveURL(/section=plans-2026$/);
  await expect.poll(() => sectionTop("plans-2026")).toBeLessThan(120);
  await page.goBack();
  await expect(page).toHaveURL(/section=plans$/);
  await expect.poll(async () => Math.abs(await sectionTop("plans"))).toBeLessThan(120);
});
