import { readFileSync, writeFileSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import JSZip from "jszip";

// Each view in both languages: the panel's PowerPoint and SVG links and the view's deck and workbook, downloaded
// as a reader clicks them, unzipped and parsed; the chart's values are the numbers the page's table shows.
const CASES = [
  { view: "capex", query: "preset=guidance", panel: "capex-by-company" },
  { view: "models", query: "view=regions", panel: "models-regions" },
  { view: "training", query: "scale=log&price=3", panel: "training-gpu-hours" },
] as const;

const toArrayBuffer = (file: Buffer) =>
  file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;

const number = (text: string) => Number(text.replace(/[^\d.-]/g, ""));

/** The numbers of the panel's table (the first column names the rows), each with the half-unit of its last digit. */
async function tableNumbers(panel: Locator): Promise<{ value: number; half: number }[]> {
  const cells = await panel.locator("table tbody td").allTextContents();
  return cells
    .filter((text) => /\d/.test(text))
    .map((text) => ({ value: number(text), half: 0.5 * 10 ** -(/\.(\d+)/.exec(text)?.[1]?.length ?? 0) }));
}

/** Clicks the link and reads the download; EXPORTS_SAVE_DIR keeps a copy (for rendering with LibreOffice). */
async function download(page: Page, link: Locator): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const body = readFileSync(await file.path());
  const keep = process.env.EXPORTS_SAVE_DIR;
  if (keep) writeFileSync(`${keep}/${new URL(page.url()).pathname.split("/")[1]}-${file.suggestedFilename()}`, body);
  return body;
}

/** The panel's link to a server-built file: in its toolbar when the panel is wide, else in its Share / Download menu. */
async function panelLink(panel: Locator, name: RegExp): Promise<Locator> {
  const inToolbar = panel.getByRole("toolbar").getByRole("link", { name });
  if (await inToolbar.isVisible()) return inToolbar;
  await panel.getByRole("button", { name: /^(Share \/ Download|分享 \/ 下载)$/ }).click();
  return panel.getByRole("menuitem", { name });
}

/** The SVG as the browser parses it: well-formed or not, its language, its text in document order, its images. */
async function parseSvg(page: Page, svg: Buffer) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "image/svg+xml");
    const root = doc.documentElement;
    return {
      wellFormed: doc.getElementsByTagName("parsererror").length === 0 && root.localName === "svg",
      lang: root.getAttribute("xml:lang"),
      title: root.querySelector(":scope > title")?.textContent ?? "",
      texts: [...root.querySelectorAll("text")].map((text) => text.textContent ?? ""),
      rasters: root.querySelectorAll("image, foreignObject").length,
    };
  }, svg.toString("utf8"));
}

async function chartValues(pptx: Buffer): Promise<number[]> {
  const zip = await JSZip.loadAsync(pptx);
  const charts = Object.keys(zip.files).filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name));
  const xml = (await Promise.all(charts.map((name) => zip.file(name)!.async("string")))).join("");
  return [...xml.matchAll(/<c:val>[\s\S]*?<\/c:val>|<c:yVal>[\s\S]*?<\/c:yVal>/g)].flatMap((match) =>
    [...match[0].matchAll(/<c:v>([-\d.]+)<\/c:v>/g)].map((value) => Number(value[1])),
  );
}

for (const locale of ["zh", "en"] as const) {
  for (const { view, query, panel: panelId } of CASES) {
    test(`${view} (${locale}): the panel's PowerPoint chart and SVG and the view's workbook carry the page's numbers`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(`/${locale}/${view}?${query}`);
      const panel = page.getByTestId(`chart-${panelId}`);
      const shown = await tableNumbers(panel);
      expect(shown.length).toBeGreaterThan(0);

      const pptxLink = await panelLink(panel, /PowerPoint/);
      await expect(pptxLink).toHaveAttribute(
        "href",
        new RegExp(`^/api/export/${view}/${panelId}\\.pptx\\?locale=${locale}`),
      );
      const values = await chartValues(await download(page, pptxLink));
      expect(values.length).toBeGreaterThan(0);
      // Every charted value is one the table shows, at the table's precision (whole 亿 on zh Capex).
      for (const value of values)
        expect(shown.some((figure) => Math.abs(figure.value - value) <= figure.half + 1e-9)).toBe(true);

      // The SVG: the same chart as vectors and text (the title and the value labels as <text>), no raster.
      const svgLink = await panelLink(panel, /\.svg/);
      await expect(svgLink).toHaveAttribute(
        "href",
        new RegExp(`^/api/export/${view}/${panelId}\\.svg\\?locale=${locale}`),
      );
      const svg = await parseSvg(page, await download(page, svgLink));
      expect(svg.wellFormed).toBe(true);
      expect(svg.lang).toBe(locale === "zh" ? "zh-CN" : "en");
      expect(svg.rasters).toBe(0);
      const title = (await panel.getByRole("heading").first().textContent())!.trim();
      expect(svg.title).toBe(title);
      // Skia writes a run per font change, so the drawn title is the texts read in order.
      const drawn = svg.texts.join("").replace(/\s+/g, "");
      expect(drawn).toContain(title.replace(/\s+/g, "").slice(0, 12));
      // Every character of the state line is there, punctuation and signs included ("(", "+", "-").
      const subtitle = (await panel.locator("h2 ~ p").last().textContent())!.replace(/\s+/g, "");
      expect(drawn).toContain(subtitle.slice(0, 40));
      // Numbers (value labels, ticks) are text too.
      expect(svg.texts.some((text) => /^[-\d.,]+$/.test(text.trim()))).toBe(true);

      const deck = await download(page, page.getByTestId("view-exports").getByRole("link", { name: /pptx/ }));
      const slides = Object.keys((await JSZip.loadAsync(deck)).files).filter((name) =>
        /^ppt\/slides\/slide\d+\.xml$/.test(name),
      );
      expect(slides.length).toBeGreaterThanOrEqual(2); // the title slide and a slide per panel

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(
        toArrayBuffer(await download(page, page.getByTestId("view-exports").getByRole("link", { name: /xlsx/ }))),
      );
      const sheet = workbook.worksheets[0]!;
      const numbers = sheet.getColumn(sheet.columnCount - 1).values.filter((value) => typeof value === "number");
      expect(numbers.length).toBeGreaterThan(0);
      const about = workbook.worksheets.at(-1)!;
      expect(about.name).toBe(locale === "zh" ? "说明" : "About");
      expect(JSON.stringify(about.getSheetValues())).toContain(`/${locale}/${view}?`);
    });
  }
}

test("a bad state gets the view's defaults and its notice in the file, and another spelling is redirected", async ({
  request,
}) => {
  // Another spelling of a state is redirected to the canonical link; a link with notices is answered as it is.
  const spelled = await request.get("/api/export/training/view.xlsx?scale=log&locale=zh", { maxRedirects: 0 });
  expect(spelled.status()).toBe(308);
  expect(spelled.headers().location).toBe("/api/export/training/view.xlsx?locale=zh&scale=log");
  const file = await request.get("/api/export/capex/view.xlsx?locale=zh&preset=nonsense", { maxRedirects: 0 });
  expect(file.status()).toBe(200);
  expect(file.headers()["content-disposition"]).toMatch(/filename="capex.*\.xlsx"/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(toArrayBuffer(await file.body()));
  expect(JSON.stringify(workbook.getWorksheet("说明")!.getSheetValues())).toContain("提示");
  expect((await request.get("/api/export/nope/view.pptx")).status()).toBe(404);
  expect((await request.get("/api/export/capex/nope.pptx?locale=zh")).status()).toBe(404);
});

test("export sizes and build times (cold, then cached), written to the report", async ({ request }) => {
  for (const path of ["/api/export/capex/view.pptx", "/api/export/capex/view.xlsx", "/api/export/models/view.pptx"]) {
    const url = `${path}?locale=zh&preset=actual`.replace(
      "models/view.pptx?locale=zh&preset=actual",
      "models/view.pptx?locale=zh",
    );
    const cold = Date.now();
    const first = await request.get(url);
    const coldMs = Date.now() - cold;
    const warm = Date.now();
    await request.get(url);
    const warmMs = Date.now() - warm;
    expect(first.status()).toBe(200);
    test.info().annotations.push({
      type: "export",
      description: `${url}: ${(await first.body()).byteLength} bytes, ${coldMs} ms cold, ${warmMs} ms cached`,
    });
  }
});
