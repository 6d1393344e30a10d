import { expect, test, type Page } from "@playwright/test";

const expected = {
  zh: {
    theses: [
      "R1 对当前世代大模型降本做出重要贡献",
      "该方法在探索下一代大模型上是否有效，尚不可知",
      "Scaling Law 放缓，中美技术差距有望缩小",
    ],
    capex2024: "2,253 亿美元",
    growth: "+19.6%",
    implied: "2,695 亿美元",
    v3Hours: "278.8 万 GPU 小时",
    llamaHours: "3,930 万 GPU 小时",
    ratio: "7%",
    stargate: "5,000 亿美元",
    originNote: "研报",
    originStatement: "公司表态",
    capexSource: "研报引用的 FactSet 一致预期",
    v3Source: "DeepSeek-V3 技术报告",
    stargateSource: "The Stargate Project 公告",
    v3Corrected: "合计成本约 557.6 万美元",
    explore: "查看训练成本",
  },
  en: {
    theses: [
      "R1 makes an important contribution to cutting the cost of current-generation models",
      "Whether the approach works for exploring next-generation models is not yet known",
      "As scaling laws slow, the US–China gap is expected to narrow",
    ],
    capex2024: "USD 225.3 bn",
    growth: "+19.6%",
    implied: "USD 269.5 bn",
    v3Hours: "2.788M GPU-hours",
    llamaHours: "39.3M GPU-hours",
    ratio: "7%",
    stargate: "USD 500 bn",
    originNote: "The note",
    originStatement: "Statement",
    capexSource: "FactSet consensus",
    v3Source: "DeepSeek-V3 Technical Report",
    stargateSource: "The Stargate Project announcement",
    v3Corrected: "about USD 5.576 mn in total",
    explore: "Explore the training cost",
  },
} as const;

async function expectThesesAndFigures(page: Page, locale: "zh" | "en") {
  const e = expected[locale];
  for (const [index, title] of e.theses.entries()) {
    await expect(page.getByTestId(`thesis-${index + 1}`).getByRole("heading", { level: 3 })).toHaveText(title);
  }
  const capex = page.getByTestId("key-figure-capex-2024");
  await expect(capex).toContainText(e.capex2024);
  await expect(capex.getByTestId("figure-source")).toContainText(e.originNote);
  await expect(capex.getByTestId("figure-source")).toContainText(e.capexSource);

  const growth = page.getByTestId("key-figure-capex-growth");
  await expect(growth).toContainText(e.growth);
  await expect(growth).toContainText(e.implied);
  await expect(growth.getByTestId("figure-source").first()).toContainText(e.capexSource);

  const training = page.getByTestId("key-figure-training");
  await expect(training).toContainText(e.v3Hours);
  await expect(training).toContainText(e.llamaHours);
  await expect(training).toContainText(e.ratio);
  await expect(training.getByTestId("figure-source").first()).toContainText(e.v3Source);

  const stargate = page.getByTestId("key-figure-stargate");
  await expect(stargate).toContainText(e.stargate);
  await expect(stargate.getByTestId("figure-source")).toContainText(e.originStatement);
  await expect(stargate.getByTestId("figure-source")).toContainText(e.stargateSource);
}

for (const locale of ["zh", "en"] as const) {
  test.describe(`Summary (${locale})`, () => {
    test("shows the three theses and the key figures with their sources", async ({ page }) => {
      await page.goto(`/${locale}`);
      await expectThesesAndFigures(page, locale);
      await expect(page.getByTestId("risks").locator("li")).toHaveCount(4);
      await expect(page.getByTestId("analysts").locator("li")).toHaveCount(3);
      await expect(page.getByTestId("summary-citation")).toContainText(
        locale === "zh" ? "黄乐平、陈旭东" : "Leping Huang, PhD, Xudong Chen",
      );
    });

    test("lists each figure's origin and the extraction errors as printed → corrected", async ({ page }) => {
      await page.goto(`/${locale}`);
      const sources = page.getByTestId("sources-and-corrections");
      await expect(sources.getByTestId("figure-origin-capex_total_2024")).toContainText(expected[locale].originNote);
      await expect(sources.getByTestId("figure-origin-stargate_usd_bn")).toContainText(
        expected[locale].originStatement,
      );
      await expect(sources.getByTestId("figure-origin-training_ratio_computed")).toContainText("7.09%");
      const v3 = sources.getByTestId("correction-v3-cost");
      await expect(v3.locator("del")).toHaveText("合计成本约 557.6 百万美金");
      await expect(v3.locator("ins")).toHaveText(expected[locale].v3Corrected);
      await expect(sources.getByTestId("correction-mmlu").locator("ins")).toHaveText(
        locale === "zh"
          ? "Massive Multitask Language Understanding（大规模多任务语言理解）"
          : "Massive Multitask Language Understanding",
      );
      await expect(sources.getByTestId("correction-mmlu").locator("del")).toHaveAttribute("lang", "en");
      await expect(sources.locator("[data-testid^=correction-]")).toHaveCount(6);
    });

    test("explains the rating on hover and on keyboard focus", async ({ page }) => {
      await page.goto(`/${locale}`);
      const meaning = page.getByTestId("rating-meaning");
      await expect(meaning).toBeHidden();
      await page.getByTestId("rating").hover();
      await expect(meaning).toBeVisible();
      await expect(meaning).toContainText(locale === "zh" ? "沪深 300" : "CSI 300");
      await page.mouse.move(0, 0);
      await expect(meaning).toBeHidden();
      await page.getByTestId("rating").focus();
      await expect(meaning).toBeVisible();
      await expect(page.getByTestId("rating")).toHaveAccessibleDescription(/6–12/);
    });

    test("a key-figure tile links to the view that explores it", async ({ page }) => {
      await page.goto(`/${locale}`);
      await page.getByTestId("key-figure-training").getByRole("link", { name: expected[locale].explore }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/training$`));
    });
  });
}

test.describe("Summary without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  for (const locale of ["zh", "en"] as const) {
    test(`${locale}: theses and figures are server-rendered`, async ({ page }) => {
      await page.goto(`/${locale}`);
      await expectThesesAndFigures(page, locale);
    });
  }
});

test("printing the Summary hides the navigation and the page footer, keeping the brief's citation", async ({
  page,
}) => {
  await page.goto("/en");
  const nav = page.getByRole("navigation");
  await expect(nav).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(nav).toBeHidden();
  await expect(page.getByTestId("citation")).toBeHidden();
  await expect(page.getByTestId("summary-citation")).toBeVisible();
  await expect(page.getByTestId("rating-meaning")).toBeVisible();
});
