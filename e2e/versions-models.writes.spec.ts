import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext, type Browser, type Locator, type Page } from "@playwright/test";
import ExcelJS from "exceljs";

import en from "../messages/en.json" with { type: "json" };
import zh from "../messages/zh.json" with { type: "json" };
import { chartAction } from "./chart-actions";
import { csvFooter } from "./csv-footer";
import { signInWithToken } from "./sign-in";

// An editor changes o1's parameter count; a Models link and a Training link copied before show the
// figures they were made with, say so in the page's language, and lead to the changes and the current
// data; the link preview and the files of a pinned link stay on its version. Writes shared data and
// puts it back, in one serial file (chromium-writes).
test.describe.configure({ mode: "serial", timeout: 180_000 });
test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const MESSAGES = { en, zh } as const;
const SLUG = "o1";
const EDITED_PARAMS_B = 321.5;

const paramsOf = async (request: APIRequestContext): Promise<number> =>
  ((await (await request.get(`/api/models/${SLUG}`)).json()) as { paramsB: number }).paramsB;

/** o1's parameter count in the models table. */
const o1Params = (page: Page) => page.locator(`tr[data-slug="${SLUG}"]`).getByTestId("model-params");

/** Sets o1's parameter count through the admin form, as an editor. */
async function editO1(browser: Browser, paramsB: number) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithToken(page, "en");
  await page.goto(`/en/admin/models/${SLUG}`);
  await page.locator("#field-paramsB").fill(String(paramsB));
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("admin-message")).toContainText(`Saved ${SLUG}`);
  await context.close();
}

async function copyLink(page: Page, panel: Locator, label: string): Promise<string> {
  await chartAction(panel, label);
  return page.evaluate(() => navigator.clipboard.readText());
}

async function ogImageUrl(page: Page): Promise<string> {
  return (await page.locator('meta[property="og:image"]').getAttribute("content"))!;
}

async function download(page: Page, link: Locator): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return readFile(await file.path());
}

for (const locale of ["en", "zh"] as const) {
  const m = MESSAGES[locale];
  test(`Models and Training links copied before an edit keep their figures (${locale})`, async ({
    page,
    browser,
    request,
  }) => {
    const original = await paramsOf(request);
    expect(original).not.toBe(EDITED_PARAMS_B);

    // A Models link (the parameters chart) and a Training link, copied before the edit.
    await page.goto(`/${locale}/models?view=params`);
    const modelsPanel = page.getByTestId("chart-models-params");
    await expect(modelsPanel.locator("canvas")).toBeVisible();
    const before = (await o1Params(page).textContent())!;
    expect(before).toBe(`${original}B`);
    await expect(page.getByTestId("pinned-version")).toHaveCount(0);
    const modelsLink = await copyLink(page, modelsPanel, m.ChartPanel.copyLink);
    expect(modelsLink).toMatch(new RegExp(`/${locale}/models\\?view=params&v=\\d+$`));
    const version = Number(new URL(modelsLink).searchParams.get("v"));
    // The pinned link's preview names its version.
    await page.goto(modelsLink);
    const pinnedOgUrl = await ogImageUrl(page);
    expect(pinnedOgUrl).toMatch(new RegExp(`/api/og/models\\?locale=${locale}&view=params&v=${version}$`));

    await page.goto(`/${locale}/training?scale=log`);
    const trainingPanel = page.getByTestId("chart-training-gpu-hours");
    await expect(trainingPanel.locator("canvas")).toBeVisible();
    const trainingLink = await copyLink(page, trainingPanel, m.ChartPanel.copyLink);
    expect(trainingLink).toMatch(new RegExp(`/${locale}/training\\?scale=log&v=${version}$`));

    // The preview of the same state without the pin, drawn now: the figures of this version.
    const unpinnedOgUrl = pinnedOgUrl.replace(/&v=\d+$/, "");
    const cardBefore = await (await request.get(unpinnedOgUrl)).body();
    // The model page's link, pinned the same way: its preview is o1's card of this version.
    await page.goto(`/${locale}/models/${SLUG}?view=params&v=${version}`);
    const pinnedModelOgUrl = await ogImageUrl(page);
    expect(pinnedModelOgUrl).toMatch(new RegExp(`/api/og/model\\?locale=${locale}&slug=${SLUG}&v=${version}$`));
    const modelCardBefore = await (await request.get(pinnedModelOgUrl.replace(/&v=\d+$/, ""))).body();

    await editO1(browser, EDITED_PARAMS_B);
    try {
      const reader = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
      const other = await reader.newPage();
      const pinnedText = new RegExp(
        locale === "zh" ? "^此链接显示 .+ 的数据；此后有 1 处更新" : "^This link shows the data of .+; 1 update since",
      );

      // The copied Models link: the old figure, the notice in the page's language.
      await other.goto(modelsLink);
      await expect(other).toHaveURL(new RegExp(`[?&]v=${version}$`));
      await expect(o1Params(other)).toHaveText(before);
      await expect(other.getByTestId("pinned-version")).toContainText(pinnedText);
      // The table's export and the workbook say which version they show, and show its figures.
      const tableExport = other.getByTestId("models-table-export");
      const [csvFile] = await Promise.all([
        other.waitForEvent("download"),
        chartAction(tableExport, m.ChartPanel.downloadCsv),
      ]);
      const csv = (await readFile(await csvFile.path())).toString("utf8");
      const csvLines = csv.trimEnd().split("\r\n");
      const footer = csvFooter(csv, [m.Versions.versionLabel, m.Versions.linkLabel]);
      expect(footer.at(-2)).toMatch(new RegExp(`^${m.Versions.versionLabel}[:：].*${version}`));
      expect(footer.at(-1)).toMatch(new RegExp(`^${m.Versions.linkLabel}[:：] ?`));
      expect(footer.at(-1)?.endsWith(modelsLink)).toBe(true);
      const o1Line = csvLines.find((line) => /^"?o1"?,/.test(line));
      expect(o1Line, csv).toContain(String(original));
      expect(o1Line).not.toContain(String(EDITED_PARAMS_B));
      const workbook = new ExcelJS.Workbook();
      const xlsx = await download(other, other.getByTestId("view-exports").getByRole("link", { name: /xlsx/ }));
      await workbook.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
      const about = JSON.stringify(workbook.worksheets.at(-1)!.getSheetValues());
      expect(about).toContain(m.Versions.versionLabel);
      expect(about).toContain(locale === "zh" ? `第 ${version} 版` : `version ${version}`);
      expect(about).toContain(modelsLink);
      const cells = workbook.worksheets.flatMap((sheet) => JSON.stringify(sheet.getSheetValues()));
      expect(cells.join()).not.toContain(String(EDITED_PARAMS_B));

      // The pinned link's preview, first drawn after the edit (the unpinned one is cached for minutes,
      // the pinned one was never asked for): the card of before the edit, byte for byte.
      const pinnedCard = await request.get(pinnedOgUrl);
      expect(pinnedCard.headers()["content-type"]).toBe("image/png");
      expect(await pinnedCard.body()).toEqual(cardBefore);
      const pinnedModelCard = await request.get(pinnedModelOgUrl);
      expect(pinnedModelCard.headers()["content-type"]).toBe("image/png");
      expect(await pinnedModelCard.body()).toEqual(modelCardBefore);

      // The changes since: o1's parameters, old → new, by the editor.
      await other.getByTestId("pinned-version").getByRole("link", { name: m.Versions.viewChanges }).click();
      await expect(other).toHaveURL(new RegExp(`/${locale}/changes\\?from=${version}&of=models&state=view%3Dparams$`));
      const row = other.getByTestId("changes-table").getByRole("row").filter({ hasText: m.Versions.field_paramsB });
      await expect(row).toHaveCount(1);
      await expect(row).toContainText(SLUG);
      await expect(row).toContainText(`${original}B`);
      await expect(row).toContainText(`${EDITED_PARAMS_B}B`);
      await expect(row).toContainText("admin");

      // The current view, one click away: the new figure, no notice.
      await other.getByTestId("changes-latest").click();
      await expect(other).toHaveURL(new RegExp(`/${locale}/models\\?view=params$`));
      await expect(o1Params(other)).toHaveText(`${EDITED_PARAMS_B}B`);
      await expect(other.getByTestId("pinned-version")).toHaveCount(0);
      // Its link pins the new version, whose preview shows the edit: the card does draw o1's figure.
      const latestLink = await copyLink(other, other.getByTestId("chart-models-params"), m.ChartPanel.copyLink);
      const latestVersion = Number(new URL(latestLink).searchParams.get("v"));
      expect(latestVersion).toBeGreaterThan(version);
      const latestCard = await request.get(`${unpinnedOgUrl}&v=${latestVersion}`);
      expect(await latestCard.body()).not.toEqual(cardBefore);
      const latestModelCard = await request.get(pinnedModelOgUrl.replace(/&v=\d+$/, `&v=${latestVersion}`));
      expect(await latestModelCard.body()).not.toEqual(modelCardBefore);

      // The pinned table's model link keeps the version: the detail page shows the old figure too.
      await other.goto(modelsLink);
      await other.locator(`tr[data-slug="${SLUG}"]`).getByTestId("model-name").click();
      await expect(other).toHaveURL(new RegExp(`/${locale}/models/${SLUG}\\?view=params&v=${version}$`));
      await expect(other.getByTestId("model-facts").getByTestId("model-params")).toHaveText(before);
      await expect(other.getByTestId("pinned-version")).toContainText(pinnedText);

      // The copied Training link: pinned, no model edit counts against it, the latest one click away.
      await other.goto(trainingLink);
      await expect(other).toHaveURL(new RegExp(`[?&]v=${version}$`));
      await expect(other.getByTestId("pinned-version")).toContainText(
        locale === "zh" ? /^此链接显示 .+ 的数据；此后没有更新/ : /^This link shows the data of .+; no updates since/,
      );
      await other.getByTestId("pinned-version").getByRole("link", { name: m.Versions.viewLatest }).click();
      await expect(other).toHaveURL(new RegExp(`/${locale}/training\\?scale=log$`));
      await expect(other.getByTestId("pinned-version")).toHaveCount(0);
      await reader.close();
    } finally {
      await editO1(browser, original);
    }
    expect(await paramsOf(request)).toBe(original);
  });
}

test("an unknown version on Models, a model and Training shows the current data with a notice, never an error", async ({
  page,
}) => {
  for (const path of ["/en/models?v=999999", `/en/models/${SLUG}?v=999999`, "/en/training?v=999999"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByTestId("pinned-version"), path).toHaveCount(0);
    if (!path.includes(`/${SLUG}`))
      await expect(page.getByTestId("url-notices"), path).toContainText(
        "No data version “999999”: showing the current data.",
      );
  }
  const zhModels = await page.goto("/zh/models?v=999999");
  expect(zhModels?.status()).toBe(200);
  await expect(page.getByTestId("url-notices")).toContainText("999999");
  const changes = await page.goto("/zh/changes?from=999999&of=models");
  expect(changes?.status()).toBe(200);
  await expect(page.getByRole("status")).toContainText("找不到数据版本“999999”。");
});
