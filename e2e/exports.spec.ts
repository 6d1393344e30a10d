import { expect, test, type Locator, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import JSZip from "jszip";

// Each view in both languages: the panel's PowerPoint link and the view's deck and workbook, downloaded
// as a reader clicks them, unzipped and parsed; the chart's values are the numbers the page's table shows.
const CASES = [
  { view: "capex", query: "preset=guidance", panel: "capex-by-company" },
  { view: "models", query: "view=regions", panel: "models-regions" },
  { view: "training", query: "scale=log&price=3", panel: "training-gpu-hours" },
] as const;

const toArrayBuffer = (file: Buffer) =>
  file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;

const number = (text: string) => Number(text.replace(/[^\d.-]/g, ""));

/** The numbers of the panel's table, column by column (the first column names the rows). */
async function tableNumbers(panel: Locator): Promise<number[]> {
  const cells = await panel.locator("table tbody td").allTextContents();
  return cells.filter((text) => /\d/.test(text)).map(number);
}

async function download(page: Page, link: Locator): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const path = await file.path();
  const { readFileSync } = await import("node:fs");
  return readFileSync(path);
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
    test(`${view} (${locale}): the panel's PowerPoint chart and the view's workbook carry the page's numbers`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(`/${locale}/${view}?${query}`);
      const panel = page.getByTestId(`chart-${panelId}`);
      const shown = await tableNumbers(panel);
      expect(shown.length).toBeGreaterThan(0);

      const pptxLink = panel.getByRole("toolbar").getByRole("link", { name: /PowerPoint/ });
      await expect(pptxLink).toHaveAttribute(
        "href",
        new RegExp(`^/api/export/${view}/${panelId}\\.pptx\\?locale=${locale}`),
      );
      const values = await chartValues(await download(page, pptxLink));
      expect(values.length).toBeGreaterThan(0);
      // Every charted value is one the table shows, at the table's precision.
      for (const value of values) expect(shown.some((figure) => Math.abs(figure - value) < 0.051)).toBe(true);

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
  const bad = await request.get("/api/export/capex/view.xlsx?locale=zh&preset=nonsense&utm=1", { maxRedirects: 0 });
  expect(bad.status()).toBe(308);
  const file = await request.get(bad.headers().location!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-disposition"]).toMatch(/filename="capex.*\.xlsx"/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(toArrayBuffer(await file.body()));
  expect(JSON.stringify(workbook.getWorksheet("说明")!.getSheetValues())).toContain("提示");
  expect((await request.get("/api/export/nope/view.pptx")).status()).toBe(404);
  expect((await request.get("/api/export/capex/nope.pptx?locale=zh")).status()).toBe(404);
});
