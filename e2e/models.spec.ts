import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";

const modelNames = (page: Page) => page.getByTestId("model-name").allTextContents();
const rows = (page: Page) => page.getByTestId("models-table").locator("tbody tr");

test.describe("Models deep links", () => {
  test("?region=CN&access=open shows exactly Qwen 1.5, Yi-VL and DeepSeek-R1", async ({ page }) => {
    const response = await page.goto("/en/models?region=CN&access=open");
    expect(response?.status()).toBe(200);
    await expect(rows(page)).toHaveCount(3);
    expect(await modelNames(page)).toEqual(["Qwen 1.5", "Yi-VL", "DeepSeek-R1"]);
    await expect(page.getByTestId("models-count")).toHaveText("Showing 3 of 16 models");
  });

  test("?sort=params&dir=desc puts DeepSeek-R1 first and the undisclosed last", async ({ page }) => {
    await page.goto("/en/models?sort=params&dir=desc");
    await expect(rows(page)).toHaveCount(16);
    const params = await page.getByTestId("model-params").allTextContents();
    expect((await modelNames(page))[0]).toBe("DeepSeek-R1");
    expect(params.slice(0, 8)).toEqual(["671B", "600B", "314B", "300B", "72B", "70B", "34B", "3.8B"]);
    expect(params.slice(8)).toEqual(Array(8).fill("Undisclosed"));
    await expect(page.locator('th[aria-sort="descending"]')).toContainText("Parameters");
  });

  test("?region=XX&sort=bogus renders all 16 with a notice and status 200", async ({ page }) => {
    const response = await page.goto("/en/models?region=XX&sort=bogus");
    expect(response?.status()).toBe(200);
    await expect(rows(page)).toHaveCount(16);
    const notices = page.getByTestId("url-notices");
    await expect(notices).toContainText("“XX” is not a valid value for “region”");
    await expect(notices).toContainText("“bogus” is not a valid value for “sort”");
  });

  test("an empty result says so and clears the filters", async ({ page }) => {
    await page.goto("/zh/models?q=no-such-model&sort=released");
    await expect(page.getByTestId("models-empty")).toContainText("没有符合筛选条件的模型");
    await expect(rows(page)).toHaveCount(0);
    await page.getByTestId("models-empty").getByRole("link").click();
    await expect(page).toHaveURL(/\/zh\/models\?sort=released$/);
    await expect(rows(page)).toHaveCount(16);
  });
});

test.describe("Models filters and sort (client navigation)", () => {
  test("each filter changes the rows and the URL without a full reload", async ({ page }) => {
    // The address bar changes at once (nuqs); the rows follow when the server has rendered them.
    await page.goto("/en/models");
    await expect(rows(page)).toHaveCount(16);
    // A full page load would drop this marker; client navigation keeps it.
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = "kept"));

    await page.getByTestId("filter-region").selectOption("CN");
    await expect(page).toHaveURL(/\/en\/models\?region=CN$/);
    await expect(rows(page)).toHaveCount(6);

    await page.getByTestId("filter-access").selectOption("closed");
    await expect(page).toHaveURL(/\?region=CN&access=closed$/);
    await expect(page.getByTestId("model-name")).toHaveText(["ERNIE 4.0", "SenseNova 5.0", "GLM-4"]);

    await page.getByTestId("filter-modality").selectOption("video");
    await expect(page).toHaveURL(/\?region=CN&access=closed&modality=video$/);
    await expect(page.getByTestId("model-name")).toHaveText(["ERNIE 4.0", "SenseNova 5.0"]);

    await page.getByTestId("filter-from").fill("2024-01");
    await expect(page).toHaveURL(/&from=2024-01$/);
    await expect(page.getByTestId("model-name")).toHaveText(["SenseNova 5.0"]);

    await page.getByTestId("clear-filters").click();
    await expect(page).toHaveURL(/\/en\/models$/);
    await expect(rows(page)).toHaveCount(16);

    await page.getByTestId("filter-company").selectOption("openai");
    await expect(page).toHaveURL(/\?company=openai$/);
    await expect(page.getByTestId("model-name")).toHaveText(["o1", "GPT-4o", "GPT-4 Turbo", "Sora"]);

    await page.getByTestId("filter-to").fill("2024-02");
    await expect(page).toHaveURL(/\?company=openai&to=2024-02$/);
    await expect(page.getByTestId("model-name")).toHaveText(["GPT-4 Turbo", "Sora"]);

    await page.getByTestId("clear-filters").click();
    await expect(page).toHaveURL(/\/en\/models$/);
    await expect(page.getByTestId("filter-company")).toHaveValue("");
    await page.getByTestId("filter-q").fill("深度求索");
    await page.getByTestId("filter-q").press("Enter");
    await expect(page).toHaveURL(/\?q=%E6%B7%B1%E5%BA%A6%E6%B1%82%E7%B4%A2$/);
    await expect(page.getByTestId("model-name")).toHaveText(["DeepSeek-R1"]);

    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe("kept");
  });

  test("column headers sort, and a second click flips the direction", async ({ page }) => {
    await page.goto("/en/models?region=US");
    await page.getByTestId("sort-params").click();
    await expect(page).toHaveURL(/\?region=US&sort=params$/);
    await expect(page.getByTestId("model-name").first()).toHaveText("Phi-3");
    await page.getByTestId("sort-params").click();
    await expect(page).toHaveURL(/\?region=US&sort=params&dir=desc$/);
    await expect(page.getByTestId("model-name").first()).toHaveText("Grok-1");
    await expect(page.getByTestId("model-params").last()).toHaveText("Undisclosed");

    await page.getByTestId("sort-released").click();
    await expect(page).toHaveURL(/\?region=US&sort=released$/);
    await expect(page.getByTestId("model-name").first()).toHaveText("GPT-4 Turbo");
    await page.getByTestId("sort-model").click();
    await expect(page.getByTestId("model-name").first()).toHaveText("Claude 3");
    // A filter change keeps the sort.
    await page.getByTestId("filter-access").selectOption("open");
    await expect(page).toHaveURL(/\?region=US&access=open&sort=model$/);
    await expect(page.getByTestId("model-name")).toHaveText(["Grok-1", "Llama 3", "Phi-3"]);
  });

  test("reloading or opening the URL in a new context shows the same rows", async ({ page, browser }) => {
    await page.goto("/en/models");
    await page.getByTestId("filter-region").selectOption("US");
    await expect(page).toHaveURL(/\?region=US$/);
    // The sort links are the server's: wait for the filtered render before using them.
    await expect(rows(page)).toHaveCount(10);
    await page.getByTestId("sort-released").click();
    await expect(page).toHaveURL(/\?region=US&sort=released$/);
    await page.getByTestId("sort-released").click();
    await expect(page).toHaveURL(/\?region=US&sort=released&dir=desc$/);
    const shown = await modelNames(page);
    expect(shown).toHaveLength(10);
    expect(shown[0]).toBe("o1");

    await page.reload();
    expect(await modelNames(page)).toEqual(shown);

    const context = await browser.newContext();
    const fresh = await context.newPage();
    await fresh.goto(page.url());
    expect(await modelNames(fresh)).toEqual(shown);
    await context.close();
  });

  test("switching locale keeps the filters, sort and chart tab", async ({ page }) => {
    await page.goto("/en/models?region=CN&access=open&sort=params&dir=desc&view=params");
    await page.getByTestId("locale-switcher").click();
    await expect(page).toHaveURL(/\/zh\/models\?region=CN&access=open&sort=params&dir=desc&view=params$/);
    expect(await modelNames(page)).toEqual(["DeepSeek-R1", "Qwen 1.5", "Yi-VL"]);
    await expect(page.getByTestId("models-table")).toContainText("深度求索");
    await expect(page.getByTestId("active-filters")).toContainText("地区：中国");
    await expect(page.getByTestId("filter-region")).toHaveValue("CN");
  });
});

test.describe("Models charts", () => {
  test("tabs are links in the URL and chart the filtered rows", async ({ page }) => {
    await page.goto("/en/models?region=CN");
    await expect(page.getByTestId("chart-models-releases")).toContainText("Region: China (6 models)");
    await page.getByTestId("chart-tabs").getByRole("link", { name: "Parameters" }).click();
    await expect(page).toHaveURL(/\?region=CN&view=params$/);
    const panel = page.getByTestId("chart-models-params");
    await expect(panel.locator("canvas")).toBeVisible();
    await panel.getByRole("tab", { name: "Table" }).click();
    await expect(panel.locator("tbody tr")).toHaveCount(4);
    await expect(page.getByTestId("params-undisclosed")).toHaveText(
      "Parameters undisclosed (not charted): ERNIE 4.0, GLM-4.",
    );
    // The filters survive a tab change, and the table keeps its rows.
    await expect(rows(page)).toHaveCount(6);
  });

  test("the CSV holds exactly the rows the chart shows", async ({ page }) => {
    await page.goto("/en/models?access=open&view=regions");
    const panel = page.getByTestId("chart-models-regions");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      panel.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("models-regions-open.csv");
    const csv = (await readFile(await download.path())).toString("utf8");
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines.slice(0, 3)).toEqual(["Region,Open,Closed", "US,3,0", "China,3,0"]);
  });
});

test.describe("Model detail", () => {
  test("shows the row, the caveat and the source", async ({ page }) => {
    await page.goto("/en/models?region=US");
    await page.getByTestId("model-name").filter({ hasText: "o1" }).click();
    await expect(page).toHaveURL(/\/en\/models\/o1\?region=US$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("o1");
    await expect(page.getByTestId("model-facts")).toContainText("300B");
    await expect(page.getByTestId("model-caveat")).toContainText("OpenAI has not disclosed o1's parameter count");
    await expect(page.getByTestId("model-source")).toContainText("Chart 2");

    await page.goto("/zh/models/yi-vl");
    await expect(page.getByTestId("model-caveat")).toContainText("视觉-语言模型");
    await expect(page.getByTestId("model-facts")).toContainText("零一万物");
  });

  test("an unknown model is a localized 404", async ({ page }) => {
    const response = await page.goto("/zh/models/no-such-model");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在");
  });
});

test.describe("Models without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form and sort links still work through the URL", async ({ page }) => {
    await page.goto("/en/models");
    await page.getByTestId("filter-region").selectOption("CN");
    await page.getByTestId("filter-access").selectOption("open");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/region=CN&access=open/);
    expect(await modelNames(page)).toEqual(["Qwen 1.5", "Yi-VL", "DeepSeek-R1"]);
    await page.getByTestId("sort-params").click();
    await expect(page).toHaveURL(/\?region=CN&access=open&sort=params$/);
    expect(await modelNames(page)).toEqual(["Yi-VL", "Qwen 1.5", "DeepSeek-R1"]);
    // The sort survives the next form submission (hidden field).
    await page.getByTestId("filter-access").selectOption("");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/sort=params/);
    await expect(rows(page)).toHaveCount(6);
    await expect(page.getByTestId("url-notices")).toHaveCount(0);
  });
});
