import { expect as baseExpect, test, type Page } from "@playwright/test";

import en from "../messages/en.json" with { type: "json" };
import zh from "../messages/zh.json" with { type: "json" };
import { chartAction } from "./chart-actions";

const MESSAGES = { en, zh } as const;
// Each step waits for a render on the server or a lazily loaded chart; give them time on a busy machine.
const expect = baseExpect.configure({ timeout: 15_000 });

// Issue #13: the URL is the one source of truth. Every view, in both locales: after an edit, a client
// navigation away and Back, Forward, a language switch and Back through it, and a reload, the screen
// shows what the address bar says (the same as a fresh load of that address), and Copy link shares
// exactly the address bar's URL.

type Locale = "en" | "zh";

type ViewUnderTest = {
  view: "capex" | "training" | "models";
  start: string;
  /** Edits the view as a user would and returns the query the address bar must then hold. */
  edit: (page: Page) => Promise<RegExp>;
  /** Asserts the edit is on screen (independently of the address bar). */
  showsEdit: (page: Page, locale: Locale) => Promise<void>;
  /** Where to go by the navigation (a client navigation), away from the view. */
  away: "models" | "training";
  /** What the screen shows: inputs, totals, rows, chart subtitle, notices. */
  readout: (page: Page) => Promise<unknown>;
  chartPanel: string;
};

const chartSubtitle = (page: Page, panel: string) => page.getByTestId(panel).locator("p").first().textContent();
const TICKERS = ["msft", "googl", "amzn", "meta", "aapl"];

const VIEWS: ViewUnderTest[] = [
  {
    view: "capex",
    start: "/capex?preset=consensus",
    edit: async (page) => {
      await page.getByTestId("growth-slider-msft").fill("40");
      return /\?preset=consensus&msft=40$/;
    },
    showsEdit: async (page, locale) => {
      await expect(page.getByTestId("growth-msft")).toHaveText("+40%");
      await expect(page.getByTestId("growth-number-msft")).toHaveValue("40");
      await expect(page.getByTestId("scenario-total-2025")).toHaveText(
        locale === "en" ? "USD 280.2 bn" : "2,802 亿美元",
      );
    },
    away: "models",
    readout: async (page) => ({
      total: await page.getByTestId("scenario-total-2025").textContent(),
      preset: await page.getByTestId("scenario-preset").textContent(),
      inputs: await Promise.all(TICKERS.map((ticker) => page.getByTestId(`growth-number-${ticker}`).inputValue())),
      growths: await Promise.all(TICKERS.map((ticker) => page.getByTestId(`growth-${ticker}`).textContent())),
      chart: await chartSubtitle(page, "chart-capex-by-company"),
      notices: await page.getByTestId("url-notices").count(),
    }),
    chartPanel: "chart-capex-by-company",
  },
  {
    view: "training",
    start: "/training?scale=log",
    edit: async (page) => {
      await page.locator("#training-price").fill("7");
      return /\?scale=log&price=7$/;
    },
    showsEdit: async (page, locale) => {
      await expect(page.locator("#training-price")).toHaveValue("7");
      await expect(page.getByTestId("v3-cost")).toHaveText(locale === "en" ? "USD 19.5 mn" : "1,951.6 万美元");
    },
    away: "models",
    readout: async (page) => ({
      price: await page.locator("#training-price").inputValue(),
      scale: await page.getByTestId("training-chart").getAttribute("data-scale"),
      logChecked: await page.getByTestId("scale-log").isChecked(),
      v3: await page.getByTestId("v3-cost").textContent(),
      llama: await page.getByTestId("llama-cost").textContent(),
      chart: await chartSubtitle(page, "chart-training-gpu-hours"),
      notices: await page.getByTestId("url-notices").count(),
    }),
    chartPanel: "chart-training-gpu-hours",
  },
  {
    view: "models",
    start: "/models?sort=params&dir=desc",
    edit: async (page) => {
      await page.getByTestId("filter-region").selectOption("CN");
      return /\?region=CN&sort=params&dir=desc$/;
    },
    showsEdit: async (page) => {
      await expect(page.getByTestId("filter-region")).toHaveValue("CN");
      await expect(page.getByTestId("model-name")).toHaveCount(6);
      await expect(page.getByTestId("model-name").first()).toHaveText("DeepSeek-R1");
    },
    away: "training",
    readout: async (page) => ({
      filters: await Promise.all(
        ["region", "access", "company", "modality", "from", "to", "q"].map((name) =>
          page.getByTestId(`filter-${name}`).inputValue(),
        ),
      ),
      count: await page.getByTestId("models-count").textContent(),
      rows: await page.getByTestId("model-name").allTextContents(),
      chart: await chartSubtitle(page, "chart-models-releases"),
      notices: await page.getByTestId("url-notices").count(),
    }),
    chartPanel: "chart-models-releases",
  },
];

/** What a fresh load of the page's current address shows: the reference the screen must equal. */
async function freshReadout(page: Page, subject: ViewUnderTest): Promise<unknown> {
  const fresh = await page.context().newPage();
  await fresh.goto(page.url());
  const readout = await subject.readout(fresh);
  await fresh.close();
  return readout;
}

async function expectScreenEqualsUrl(page: Page, subject: ViewUnderTest) {
  const reference = await freshReadout(page, subject);
  await expect.poll(() => subject.readout(page)).toEqual(reference);
}

/** The URL "Copy link" puts on the clipboard (the bare URL as text). */
async function copiedLink(page: Page, panel: string): Promise<string> {
  const locale = new URL(page.url()).pathname.split("/")[1] as Locale;
  await page.evaluate(() => navigator.clipboard.writeText(""));
  await chartAction(page.getByTestId(panel), MESSAGES[locale].ChartPanel.copyLink);
  let text = "";
  await expect.poll(async () => (text = await page.evaluate(() => navigator.clipboard.readText()))).not.toBe("");
  const link = /(https?:\/\/\S+)$/.exec(text)?.[1] ?? text;
  // Links are pinned to the data version on screen (v=, last): the rest is the address bar.
  expect(link).toMatch(/[?&]v=\d+$/);
  return link.replace(/[?&]v=\d+$/, "");
}

/** Opens a view and waits until it is interactive: its first chart loads after hydration. */
async function openInteractive(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("figure canvas").first()).toBeVisible();
}

/** Opens the view, waits until it is interactive (its chart loads after hydration), edits it; returns the edited URL. */
async function openAndEdit(page: Page, subject: ViewUnderTest, locale: Locale): Promise<string> {
  await openInteractive(page, `/${locale}${subject.start}`);
  const edited = await subject.edit(page);
  await expect(page).toHaveURL(new RegExp(`/${locale}/${subject.view}${edited.source}`));
  await subject.showsEdit(page, locale);
  return page.url();
}

test.describe("the screen is the URL", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  for (const locale of ["en", "zh"] as const) {
    const other: Locale = locale === "en" ? "zh" : "en";
    for (const subject of VIEWS) {
      test(`${subject.view} (${locale}): edit, leave, Back, Forward and Back; Copy link is the address bar`, async ({
        page,
      }) => {
        test.setTimeout(180_000);
        const editedUrl = await openAndEdit(page, subject, locale);
        expect(await copiedLink(page, subject.chartPanel)).toBe(editedUrl);

        // Away by a client navigation, then Back: the page comes from the router cache.
        await page.locator(`header nav a[href="/${locale}/${subject.away}"]`).click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/${subject.away}$`));
        await page.goBack();
        await expect(page).toHaveURL(editedUrl);
        await subject.showsEdit(page, locale);
        await expectScreenEqualsUrl(page, subject);
        expect(await copiedLink(page, subject.chartPanel)).toBe(editedUrl);

        // Forward again, and Back.
        await page.goForward();
        await expect(page).toHaveURL(new RegExp(`/${locale}/${subject.away}$`));
        await page.goBack();
        await expect(page).toHaveURL(editedUrl);
        await subject.showsEdit(page, locale);
        expect(await copiedLink(page, subject.chartPanel)).toBe(editedUrl);
      });

      test(`${subject.view} (${locale}): edit, language switch and Back through it, reload`, async ({ page }) => {
        test.setTimeout(180_000);
        const editedUrl = await openAndEdit(page, subject, locale);

        // The language switch keeps the state; Back through it shows the first locale's state again.
        await page.getByTestId("locale-switcher").click();
        await expect(page).toHaveURL(editedUrl.replace(`/${locale}/`, `/${other}/`));
        await subject.showsEdit(page, other);
        await expectScreenEqualsUrl(page, subject);
        await page.goBack();
        await expect(page).toHaveURL(editedUrl);
        await subject.showsEdit(page, locale);
        const reference = await freshReadout(page, subject);
        await expect.poll(() => subject.readout(page)).toEqual(reference);

        await page.reload();
        await subject.showsEdit(page, locale);
        await expect.poll(() => subject.readout(page)).toEqual(reference);
      });
    }

    test(`notices follow the URL (${locale}): a fixed parameter's notice goes, the others stay`, async ({ page }) => {
      test.setTimeout(90_000);
      await openInteractive(page, `/${locale}/capex?msft=abc&preset=zzz`);
      await expect(page.getByTestId("url-notices").getByRole("listitem")).toHaveCount(2);
      await page.getByTestId("growth-slider-msft").fill("30");
      // The edit writes the whole capex state: both parameters now hold what is applied.
      await expect(page).toHaveURL(/\?preset=consensus&msft=30$/);
      await expect(page.getByTestId("url-notices")).toHaveCount(0);

      await openInteractive(page, `/${locale}/training?price=abc&scale=cubic`);
      await expect(page.getByTestId("url-notices").getByRole("listitem")).toHaveCount(2);
      await page.getByTestId("scale-log").check({ force: true });
      await expect(page).toHaveURL(/\?scale=log$/);
      await expect(page.getByTestId("url-notices")).toHaveCount(0);

      await openInteractive(page, `/${locale}/models?region=XX&regoin=CN`);
      await expect(page.getByTestId("url-notices").getByRole("listitem")).toHaveCount(2);
      await page.getByTestId("filter-region").selectOption("US");
      await expect(page).toHaveURL(/\?region=US&regoin=CN$/);
      // The unknown parameter is still in the link, so its notice stays.
      await expect(page.getByTestId("url-notices").getByRole("listitem")).toHaveCount(1);
      await expect(page.getByTestId("url-notices")).toContainText("regoin");
    });
  }
});

test.describe("inputs show the value applied", () => {
  test("typing −70 applies −50, shows it and says why; an in-range value clears the message", async ({ page }) => {
    await openInteractive(page, "/en/capex?preset=flat");
    const field = page.getByTestId("growth-number-msft");
    await field.fill("-70");
    await expect(field).toHaveValue("-50");
    await expect(page.getByTestId("growth-message-msft")).toHaveText("−70% is outside −50% to +200%: −50% applied.");
    await expect(page.getByTestId("growth-msft")).toHaveText("−50%");
    await expect(page).toHaveURL(/\?preset=flat&msft=-50$/);
    await field.fill("12.5");
    await expect(page.getByTestId("growth-message-msft")).toBeEmpty();
    await expect(page).toHaveURL(/\?preset=flat&msft=12\.5$/);
  });

  test("a training price of 0 applies the minimum with a message, never silently", async ({ page }) => {
    await openInteractive(page, "/zh/training");
    const price = page.locator("#training-price");
    await price.fill("0");
    await expect(page).toHaveURL(/\?price=0\.1$/);
    await expect(page.getByTestId("training-price-hint")).toHaveText(
      "0 美元超出 0.1–100 美元的范围，已按每 GPU 小时 0.1 美元计算。",
    );
    await expect(page.getByTestId("v3-cost")).toHaveText("27.9 万美元");
    // "0" may still become "0.5", so the field keeps it until the user leaves it.
    await expect(price).toHaveValue("0");
    await price.blur();
    await expect(price).toHaveValue("0.1");
    await price.fill("500");
    await expect(price).toHaveValue("100");
    await expect(page).toHaveURL(/\?price=100$/);
  });
});

test.describe("keyboard", () => {
  test("a slider steps 1 point per arrow and 10 with Shift or PageUp/PageDown", async ({ page }) => {
    await openInteractive(page, "/en/capex?preset=flat");
    const slider = page.getByTestId("growth-slider-msft");
    const applied = page.getByTestId("growth-number-msft");
    await slider.focus();
    await page.keyboard.press("ArrowRight");
    await expect(applied).toHaveValue("1");
    await page.keyboard.press("Shift+ArrowRight");
    await expect(applied).toHaveValue("10");
    await page.keyboard.press("PageUp");
    await expect(applied).toHaveValue("20");
    await page.keyboard.press("ArrowLeft");
    await expect(applied).toHaveValue("19");
    await expect(page).toHaveURL(/\?preset=flat&msft=19$/);

    // From between steps, the next whole point: consensus's 19.6 → 20.
    await page.getByTestId("preset-consensus").click();
    await page.getByTestId("growth-slider-googl").focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByTestId("growth-number-googl")).toHaveValue("20");
    // The number field keeps its 0.1 steps.
    await page.getByTestId("growth-number-googl").focus();
    await page.keyboard.press("ArrowUp");
    await expect(page.getByTestId("growth-number-googl")).toHaveValue("20.1");
  });

  test("a Models dropdown applies on Enter or on leaving it, not on an arrow key, and keeps the focus", async ({
    page,
  }) => {
    await openInteractive(page, "/en/models");
    const region = page.getByTestId("filter-region");
    const rows = page.getByTestId("model-name");
    await expect(rows).toHaveCount(16);
    await region.focus();
    await page.keyboard.press("ArrowDown");
    await expect(region).toHaveValue("US");
    // Nothing applied yet: same URL, same rows.
    await page.waitForTimeout(500);
    await expect(page).toHaveURL(/\/en\/models$/);
    await expect(rows).toHaveCount(16);
    await page.keyboard.press("ArrowDown");
    await expect(region).toHaveValue("CN");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/en\/models\?region=CN$/);
    await expect(rows).toHaveCount(6);
    await expect(region).toBeFocused();

    // Leaving the field applies a keyboard change too.
    const access = page.getByTestId("filter-access");
    await access.focus();
    await page.keyboard.press("ArrowDown");
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(/\?region=CN$/);
    await page.keyboard.press("Tab");
    await expect(page).toHaveURL(/\?region=CN&access=open$/);
    await expect(rows).toHaveCount(3);
    await expect(page.getByTestId("filter-company")).toBeFocused();
  });
});

test.describe("the model page links back to the list it came from", () => {
  test("the list's query travels with the link, and the model's URL stays shareable", async ({ page, browser }) => {
    await page.goto("/en/models?region=CN&sort=params&dir=desc");
    await page.getByTestId("model-name").first().click();
    await expect(page).toHaveURL(/\/en\/models\/deepseek-r1\?region=CN&sort=params&dir=desc$/);
    const back = page.getByTestId("detail-back");
    await expect(back).toHaveText("← Back to the list");

    // Shared, the same link leads back to the same list.
    const context = await browser.newContext();
    const shared = await context.newPage();
    await shared.goto(page.url());
    await expect(shared.getByRole("heading", { level: 1 })).toHaveText("DeepSeek-R1");
    await shared.getByTestId("detail-back").click();
    await expect(shared).toHaveURL(/\/en\/models\?region=CN&sort=params&dir=desc$/);
    await expect(shared.getByTestId("model-name")).toHaveCount(6);
    await context.close();

    await back.click();
    await expect(page).toHaveURL(/\/en\/models\?region=CN&sort=params&dir=desc$/);
    await expect(page.getByTestId("filter-region")).toHaveValue("CN");

    await page.goto("/zh/models/o1");
    await expect(page.getByTestId("detail-back")).toHaveText("← 全部模型");
  });
});

test.describe("capex: the chart leads", () => {
  for (const locale of ["en", "zh"] as const) {
    test(`at 1440×900 the by-company chart, the total and the inputs are in the first viewport (${locale})`, async ({
      page,
    }, testInfo) => {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(`/${locale}/capex?preset=consensus&msft=40`);
      const canvas = page.getByTestId("chart-capex-by-company").locator("canvas");
      await expect(canvas).toBeVisible();
      await testInfo.attach(`capex-${locale}-1440x900`, { body: await page.screenshot(), contentType: "image/png" });
      const inViewport = async (testId: string, box = page.getByTestId(testId)) => {
        const rect = await box.boundingBox();
        expect(rect, testId).not.toBeNull();
        return rect!.y < 900 && rect!.y + rect!.height > 0 && rect!.x < 1440 && rect!.x + rect!.width > 0;
      };
      expect(await inViewport("canvas", canvas)).toBe(true);
      const chart = (await canvas.boundingBox())!;
      expect(chart.y + chart.height).toBeLessThanOrEqual(900);
      expect(await inViewport("scenario-total-2025")).toBe(true);
      expect(await inViewport("growth-slider-msft")).toBe(true);

      // The chart redraws as an input moves: its subtitle names the new value.
      await page.getByTestId("growth-slider-msft").fill("60");
      await expect(page.getByTestId("chart-capex-by-company")).toContainText(
        locale === "en" ? "Microsoft +60%" : "微软 +60%",
      );
    });

    test(`at 390×844 the chart sits directly under the presets and the total stays in view (${locale})`, async ({
      page,
    }, testInfo) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/${locale}/capex?preset=guidance`);
      const canvas = page.getByTestId("chart-capex-by-company").locator("canvas");
      await expect(canvas).toBeVisible();
      await testInfo.attach(`capex-${locale}-390x844`, { body: await page.screenshot(), contentType: "image/png" });
      const presets = (await page.getByTestId("capex-presets").boundingBox())!;
      const panel = (await page.getByTestId("chart-capex-by-company").boundingBox())!;
      const chart = (await canvas.boundingBox())!;
      expect(panel.y).toBeGreaterThanOrEqual(presets.y + presets.height);
      expect(panel.y - (presets.y + presets.height)).toBeLessThanOrEqual(24);
      expect(chart.y).toBeLessThan(844);

      // Scrolled down to the last input, the total is still on screen, at the top.
      await page.getByTestId("growth-slider-aapl").scrollIntoViewIfNeeded();
      await page.getByTestId("growth-slider-aapl").fill("50");
      const total = (await page.getByTestId("capex-total-bar").boundingBox())!;
      expect(total.y).toBeGreaterThanOrEqual(0);
      expect(total.y).toBeLessThan(4);
      await expect(page.getByTestId("scenario-total-2025")).toBeInViewport();
    });
  }
});
