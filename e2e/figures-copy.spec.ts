import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";

import { chartAction } from "./chart-actions";
import { csvFooter } from "./csv-footer";

// Issue #23, the copy and the derived figures: what the page, its CSVs and the API say, in both languages.

async function csvOf(page: Page, panelId: string, action: string): Promise<string> {
  const panel = page.getByTestId(`chart-${panelId}`);
  await expect(panel).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), chartAction(panel, action)]);
  return readFile(await download.path(), "utf8");
}

test.describe("zh copy", () => {
  test("the note's title with ？ in the footer and the heading, 黄乐平's PhD, GPU 小时 in the training tile", async ({
    page,
  }) => {
    await page.goto("/zh");
    await expect(page.getByTestId("citation")).toContainText("《DeepSeek 是否会改变 AI 投资范式？》");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("DeepSeek 是否会改变 AI 投资范式？");
    await expect(page.getByTestId("analysts")).toContainText("黄乐平，PhD");
    await expect(page.getByText("训练 GPU 小时：DeepSeek-V3 对比 Llama 3 系列")).toBeVisible();
    // The 7% is the note's: its source is the note, not the V3 report or the Llama 3 card.
    await expect(page.getByText("来源：研报思考#1：V3 训练成本约相当于 Llama 3 系列的 7%")).toBeVisible();
    await expect(page.locator("body")).not.toContainText("Llama 3 模型卡（研报引用）");
  });

  test('Models: the 开源/闭源 header, and the sorted column reads "，降序"', async ({ page }) => {
    await page.goto("/zh/models?sort=params&dir=desc");
    await expect(page.getByRole("columnheader", { name: "开源/闭源" })).toBeVisible();
    await expect(page.locator('th[aria-sort="descending"]')).toContainText("参数量");
    await expect(page.locator('th[aria-sort="descending"] .sr-only')).toHaveText("，降序");
    await expect(page.locator("body")).not.toContainText("权重");
  });

  test("Training: the price range with its unit once", async ({ page }) => {
    await page.goto("/zh/training");
    await expect(page.getByTestId("training-price-hint")).toHaveText("单价范围：0.1–100 美元/GPU 小时");
  });

  test("Capex: Amazon's annualised plans and Microsoft's summed quarters are computed, with inputs, on the page and in the CSV", async ({
    page,
  }) => {
    await page.goto("/zh/capex?preset=guidance");
    // The guidance statement: Amazon's 1,050 is Q4 × 4, not the company's figure; Microsoft's about 800 is its own.
    await expect(page.getByTestId("statement-amzn").locator("[data-origin]")).toHaveAttribute(
      "data-origin",
      "computed",
    );
    await expect(page.getByTestId("statement-computed-amzn")).toHaveText(
      "计算值：2024 年四季度 263 亿美元 × 4（公司称该季度大致可代表 2025 年的投入节奏），并非公司给出的全年数字",
    );
    await expect(page.getByTestId("statement-msft")).toContainText(
      "微软：约 800 亿美元，2025 财年（2024.7–2025.6），2025 年 1 月 3 日发表",
    );
    await expect(page.getByTestId("statement-msft").locator("[data-origin]")).toHaveAttribute(
      "data-origin",
      "statement",
    );

    await page.goto("/zh/capex?section=plans");
    const csv = await csvOf(page, "capex-plans", "下载 CSV");
    expect(csv).toContain("公司,类型,日期,计划（亿美元）,下限（亿美元）,上限（亿美元）,口径,表态内容,出处");
    expect(csv).toContain("亚马逊,计划,2025 年 2 月 6 日,1050,");
    expect(csv).toMatch(/亚马逊,计划,2025 年 2 月 6 日,1050,[^\r\n]*,计算值\r\n/);
    expect(csv).toMatch(/亚马逊,计划,2025 年 7 月 31 日,1180,[^\r\n]*,计算值\r\n/);
    expect(csv).toMatch(/亚马逊,计划,2025 年 10 月 30 日,1250,[^\r\n]*,公司表态\r\n/);
    expect(csv).toMatch(/微软,实际结果,2025 年 7 月 30 日,882,[^\r\n]*,计算值\r\n/);
    const footer = csvFooter(csv, ["注", "资料来源", "数据版本", "链接"]).join("\n");
    expect(footer).toContain(
      "注：微软（实际结果）882 亿美元为计算值：四个季度含融资租赁的资本开支相加：200 亿美元 + 226 亿美元 + 214 亿美元 + 242 亿美元",
    );
    expect(footer).toContain(
      "亚马逊（2025 年 7 月 31 日）1,180 亿美元为计算值：按公司称二季度 314 亿美元可代表下半年节奏推算",
    );
    // The outcome's basis is a basis, never the filing's fiscal year.
    expect(csv).toMatch(/Alphabet（谷歌）,实际结果,2026 年 2 月 5 日,914,,,购置物业及设备,/);
    expect(csv).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(csv.match(/资料来源/g)).toHaveLength(1);
  });

  test("Capex: the 2026 plans' source is dated by its statements; 未给出数字 is said once", async ({ page }) => {
    await page.goto("/zh/capex?section=plans-2026");
    const panel = page.getByTestId("chart-capex-plans-2026");
    await expect(panel).toContainText(
      "资料来源：公司表态（业绩会、业绩公告），2025 年 10 月 29 日至 2026 年 4 月 29 日",
    );
    await expect(panel).toContainText("注：苹果：未给出金额；资本开支将进一步增加（2025 年 10 月 30 日）");
    // Said once, in the subtitle; the notes say what each company said instead.
    await expect(panel.getByText("按公司表态的区间，各按自身口径；微软、苹果未给出数字").first()).toBeVisible();
    await expect(panel.getByText(/^注：.*未给出数字/)).toHaveCount(0);
    const csv = await csvOf(page, "capex-plans-2026", "下载 CSV");
    expect(csv).toContain("Alphabet（谷歌）,1750,1850,2026 年 2 月 4 日,1800,1900,2026 年 4 月 29 日,购置物业及设备,");
    expect(csv).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  test("Capex: the after-note intro names the latest filing and the latest statement", async ({ page }) => {
    await page.goto("/zh/capex");
    await expect(page.getByTestId("after-note")).toContainText(
      "财报（最新一份于 2026 年 2 月 6 日提交）与表态（最新一次于 2026 年 4 月 29 日）",
    );
  });
});

test.describe("en copy", () => {
  test("the note's V3 cost at its own precision, round statements as said, one date style", async ({ page }) => {
    await page.goto("/en/training");
    await expect(page.getByTestId("v3-cost")).toHaveText("USD 5.576 mn");
    await expect(page.getByTestId("training-price-hint")).toHaveText("Range: USD 0.1–100 per GPU-hour");
    // A what-if price gives the app's precision.
    await page.goto("/en/training?price=3");
    await expect(page.getByTestId("v3-cost")).toHaveText("USD 8.4 mn");

    await page.goto("/en/capex?preset=guidance");
    await expect(page.getByTestId("statement-msft")).toContainText(
      "Microsoft: about USD 80 bn, FY2025 (Jul 2024 - Jun 2025), said Jan 3, 2025",
    );
    await expect(page.getByTestId("statement-meta")).toContainText("Meta: USD 60–65 bn, 2025, said Jan 24, 2025");
    await expect(page.getByTestId("statement-amzn").locator("[data-origin]")).toHaveAttribute(
      "data-origin",
      "computed",
    );
    // The sources under the statements date them as the statements do, not as facts.json does.
    await expect(page.getByTestId("statement-meta")).toContainText(
      "Meta public statement, Jan 24, 2025: USD 60-65 bn capital expenditure (CEO post; confirmed on the Q4 call Jan 29, 2025)",
    );
    // One date style on every en page: the seeded sources (statements, 10-Ks, Stargate) and the chart sources.
    for (const path of ["/en", "/en/capex?preset=guidance", "/en/capex?preset=actual", "/en/training"]) {
      await page.goto(path);
      expect(await page.locator("main").innerText(), path).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    }

    await page.goto("/en/capex?section=plans");
    const csv = await csvOf(page, "capex-plans", "Download CSV");
    expect(csv).toMatch(/Amazon,Plan,"Feb 6, 2025",105,[^\r\n]*,Computed\r\n/i);
    expect(csv).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

test.describe("the capex API says each figure's origin", () => {
  test("from the figure table: the derived amounts computed, with inputs", async ({ request }) => {
    const capex = await (await request.get("/api/capex")).json();
    type Row = { company: string; kind: string; year?: number; fiscalYear?: number; usdBn: number | null };
    type Figure = { id: string; origin: string; basis: string; inputs: string[] };
    const rows = capex.capexFigures as (Row & { figure: Figure })[];
    expect(rows.every((row) => typeof row.figure?.origin === "string")).toBe(true);
    const amazonPlan = rows.find((row) => row.company === "amazon" && row.kind === "guidance")!;
    expect(amazonPlan.figure).toEqual({
      id: "company.plan2025Annualised",
      origin: "computed",
      basis: "plan-basis",
      inputs: ["company.quarterCapex"],
    });
    const metaBase = rows.find((row) => row.company === "meta" && row.kind === "reported" && row.year === 2024)!;
    expect(metaBase.figure).toMatchObject({ id: "company.base2024", origin: "filing", basis: "cash-line" });

    const basis = await (await request.get("/api/capex/company-basis")).json();
    const amounts = basis.capexCompanyBasis as (Row & { figure: Figure })[];
    const microsoft = amounts.find((row) => row.company === "microsoft" && row.kind === "actual")!;
    expect(microsoft).toMatchObject({
      usdBn: 88.2,
      figure: { id: "company.ownBasisActual2025Summed", origin: "computed" },
    });
    const amazon2026 = amounts.find((row) => row.company === "amazon" && row.fiscalYear === 2026)!;
    expect(amazon2026.figure).toMatchObject({ id: "company.plan2026", origin: "statement" });
  });
});
