import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";

import { readPngText } from "../lib/export/png-text";
import en from "../messages/en.json" with { type: "json" };
import zh from "../messages/zh.json" with { type: "json" };
import { chartAction } from "./chart-actions";
import { csvFooter } from "./csv-footer";
import { signInWithToken } from "./sign-in";

// An editor changes Amazon's 2024 capex; every link and file made before shows the figures it was
// made with, says so, and leads to the changes and to the current data. Writes shared data and puts
// it back, in one serial file (chromium-writes).
test.describe.configure({ mode: "serial", timeout: 180_000 });
test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const MESSAGES = { en, zh } as const;
const EDITED_USD_BN = 91.234;

type Figure = { id: number; company: string; year: number; kind: string; usdBn: number | null };

async function amazon2024(request: APIRequestContext): Promise<Figure> {
  const { capexFigures } = (await (await request.get("/api/capex")).json()) as { capexFigures: Figure[] };
  return capexFigures.find((f) => f.company === "amazon" && f.year === 2024 && f.kind === "reported")!;
}

/** Amazon's 2024 line on the capex view ("2024: $83.0B · FY2024 …"). */
const amazonBase = (page: Page) => page.getByTestId("company-amzn").locator("p").first();

async function download(page: Page, name: string) {
  const panel = page.getByTestId("chart-capex-by-company");
  const [file] = await Promise.all([page.waitForEvent("download"), chartAction(panel, name)]);
  return readFile(await file.path());
}

/** Sets Amazon's 2024 capex through the admin form, as an editor. */
async function editAmazon(browser: Browser, id: number, usdBn: number) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithToken(page, "en");
  await page.goto(`/en/admin/capex/${id}`);
  await page.locator("#field-usdBn").fill(String(usdBn));
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(/\/en\/admin\?done=saved&capex=\d+&version=\d+$/);
  await context.close();
}

for (const locale of ["en", "zh"] as const) {
  const m = MESSAGES[locale];
  test(`links, short links, embeds and files made before an edit keep their figures (${locale})`, async ({
    page,
    browser,
    request,
  }) => {
    const figure = await amazon2024(request);
    const original = figure.usdBn!;
    await page.goto(`/${locale}/capex?preset=guidance`);
    const panel = page.getByTestId("chart-capex-by-company");
    await expect(panel.locator("canvas")).toBeVisible();
    const before = {
      base: (await amazonBase(page).textContent())!,
      total: (await page.getByTestId("scenario-total-2025").textContent())!,
      table: await panel.locator("table").textContent(),
    };
    // No pin on a current view: no notice.
    await expect(page.getByTestId("pinned-version")).toHaveCount(0);

    // Copy link: the address bar, pinned to the data version on screen.
    await chartAction(panel, m.ChartPanel.copyLink);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(new RegExp(`/${locale}/capex\\?preset=guidance&v=\\d+$`));
    const version = Number(new URL(link).searchParams.get("v"));

    // The embed code, a CSV and a PNG, all before the edit.
    await chartAction(panel, m.ChartPanel.embed);
    const snippet = await panel.getByRole("textbox", { name: m.ChartPanel.embedTitle }).inputValue();
    const embedSrc = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, "&");
    // Embed on a panel embeds that chart alone (panel=).
    expect(embedSrc).toBe(`${link}&embed=1&panel=capex-by-company`);
    const csv = (await download(page, m.ChartPanel.downloadCsv)).toString("utf8");
    const csvLines = csvFooter(csv, [m.Versions.versionLabel, m.Versions.linkLabel]);
    const labelEnd = locale === "zh" ? "：" : ": ";
    expect(csvLines.at(-2)).toMatch(new RegExp(`^${m.Versions.versionLabel}${labelEnd}.*${version}`));
    expect(csvLines.at(-1)).toBe(`${m.Versions.linkLabel}${labelEnd}${link}`);
    const png = readPngText(await download(page, m.ChartPanel.downloadPng));
    expect(png.URL).toBe(link);

    // A saved short link, also before the edit.
    const form = page.getByTestId("save-scenario");
    await form.getByRole("textbox").fill(`pinned ${locale} ${Date.now()}`);
    await form.getByRole("button").click();
    const shortHref = (await page.getByTestId("short-link").getAttribute("href"))!;

    await editAmazon(browser, figure.id, EDITED_USD_BN);
    try {
      const reader = await browser.newContext();
      const other = await reader.newPage();
      const pinnedText = new RegExp(
        locale === "zh" ? "^此链接显示 .+ 的数据；此后有 1 处更新" : "^This link shows the data of .+; 1 update since",
      );

      // Every way in: the copied link, the CSV's and the PNG's link, the short link, the embed.
      for (const target of [
        link,
        csvLines.at(-1)!.slice(`${m.Versions.linkLabel}${labelEnd}`.length),
        png.URL!,
        shortHref,
      ]) {
        await other.goto(target);
        await expect(other).toHaveURL(new RegExp(`[?&]v=${version}$`));
        await expect(amazonBase(other)).toHaveText(before.base);
        await expect(other.getByTestId("pinned-version")).toContainText(pinnedText);
      }
      await other.goto(link);
      await expect(other.getByTestId("scenario-total-2025")).toHaveText(before.total);
      // The embed: the chart's data table as the pinned page's, not as the current one's.
      const table = (target: Page) => target.getByTestId("chart-capex-by-company").locator("table");
      const pinnedTable = await table(other).textContent();
      expect(pinnedTable).toBe(before.table);
      await other.goto(embedSrc);
      await expect(other.getByTestId("pinned-version")).toContainText(pinnedText);
      await expect(table(other)).toHaveText(pinnedTable!);

      // The changes since: Amazon's 2024 figure, old → new, by the editor; the headline before and after.
      await other.goto(link);
      await other.getByTestId("pinned-version").getByRole("link", { name: m.Versions.viewChanges }).click();
      await expect(other).toHaveURL(new RegExp(`/${locale}/changes\\?from=${version}&preset=guidance$`));
      const row = other
        .getByTestId("changes-table")
        .getByRole("row")
        .filter({ hasText: locale === "zh" ? "亚马逊" : "Amazon" });
      await expect(row).toHaveCount(1);
      await expect(row).toContainText(m.Versions.field_usdBn);
      await expect(row).toContainText("admin");
      await expect(other.getByTestId("changes-headline")).toContainText(before.total);

      // The current view, one click away: the new figure, no notice.
      await other.getByTestId("changes-latest").click();
      await expect(other).toHaveURL(new RegExp(`/${locale}/capex\\?preset=guidance$`));
      await expect(amazonBase(other)).not.toHaveText(before.base);
      await expect(amazonBase(other)).toContainText(locale === "zh" ? "912" : "91.2");
      await expect(other.getByTestId("pinned-version")).toHaveCount(0);
      await expect(other.getByTestId("changes-headline")).toHaveCount(0);
      expect(await table(other).textContent()).not.toBe(before.table);

      // And from the pinned page's notice directly.
      await other.goto(link);
      await other.getByTestId("pinned-version").getByRole("link", { name: m.Versions.viewLatest }).click();
      await expect(other).toHaveURL(new RegExp(`/${locale}/capex\\?preset=guidance$`));
      await expect(amazonBase(other)).not.toHaveText(before.base);
      await reader.close();
    } finally {
      await editAmazon(browser, figure.id, original);
    }
    expect((await amazon2024(request)).usdBn).toBe(original);
  });
}

test("an unknown or malformed version shows the current data with a notice, never an error", async ({ page }) => {
  for (const value of ["999999", "abc"]) {
    const response = await page.goto(`/en/capex?preset=guidance&v=${value}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("url-notices")).toContainText(
      `No data version “${value}”: showing the current data.`,
    );
    await expect(page.getByTestId("pinned-version")).toHaveCount(0);
  }
  const changes = await page.goto("/zh/changes?from=999999");
  expect(changes?.status()).toBe(200);
  await expect(page.getByRole("status")).toContainText("找不到数据版本“999999”。");
});
