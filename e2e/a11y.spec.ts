import AxeBuilder from "@axe-core/playwright";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";

// axe-core against WCAG 2.1 A and AA on every view, both locales, desktop and phone (and desktop in
// dark mode): one page load per combination in one shared context per width, with a chart's Table
// tab selected and its menu (phone) or embed code (desktop) open, so the interactive parts are checked too.
const VIEWS = [
  { name: "Summary", path: "" },
  { name: "Models", path: "/models?view=params" },
  { name: "model detail", path: "/models/deepseek-r1" },
  { name: "Capex", path: "/capex?preset=guidance" },
  { name: "Training", path: "/training?scale=log" },
  { name: "admin sign-in", path: "/admin" },
] as const;
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

for (const { width, colorScheme } of [
  { width: 1440, colorScheme: "light" },
  { width: 390, colorScheme: "light" },
  { width: 1440, colorScheme: "dark" },
] as const) {
  test.describe(`axe at ${width} px, ${colorScheme}`, () => {
    test.describe.configure({ mode: "serial" });
    let context: BrowserContext;
    let page: Page;
    test.beforeAll(async ({ browser }) => {
      context = await browser.newContext({
        viewport: { width, height: width > 500 ? 900 : 844 },
        hasTouch: width < 500,
        colorScheme,
      });
      page = await context.newPage();
    });
    test.afterAll(async () => {
      await context.close();
    });

    for (const locale of ["zh", "en"] as const) {
      for (const view of VIEWS) {
        test(`${view.name} (${locale}) has no WCAG 2.1 AA violations`, async () => {
          // axe walks the whole page: the Capex view, with its after-the-note panels, takes a while on a busy machine.
          test.setTimeout(90_000);
          await page.goto(`/${locale}${view.path}`);
          await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
          const panel = page.locator("[data-chart-panel]").first();
          if ((await panel.count()) > 0) {
            await expect(panel.locator("canvas")).toBeVisible();
            await panel.getByRole("tab").nth(1).click();
            await expect(panel.getByRole("table")).toBeVisible();
            const menu = panel.getByRole("button", { name: /^(Share \/ Download|分享 \/ 下载)$/ });
            if (await menu.isVisible()) {
              await menu.click();
              await expect(panel.getByRole("menu")).toBeVisible();
            } else {
              await panel.getByRole("toolbar").getByRole("button").last().click();
              await expect(panel.getByRole("textbox")).toBeVisible();
            }
          }
          const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
          const found = results.violations.map(
            (violation) =>
              `${violation.id} (${violation.impact}): ${violation.nodes
                .map((node) => node.target.join(" "))
                .slice(0, 3)
                .join(", ")}`,
          );
          expect(found).toEqual([]);
        });
      }
    }
  });
}

// axe's best-practice rules too (landmarks, one h1, names only where a role carries them…) on every view,
// embed and error page, both locales, at desktop width: the WCAG checks above stay at three widths.
const EMBEDS = [
  { name: "Capex embed", path: "/capex?embed=1" },
  { name: "Capex plans embed", path: "/capex?embed=1&section=plans" },
  { name: "Models embed", path: "/models?embed=1" },
  { name: "Training embed", path: "/training?embed=1" },
  { name: "unknown model", path: "/models/nope" },
] as const;

test.describe("axe best-practice at 1440 px", () => {
  test.describe.configure({ mode: "serial" });
  let context: BrowserContext;
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
  });
  test.afterAll(async () => {
    await context.close();
  });

  for (const locale of ["zh", "en"] as const) {
    for (const view of [...VIEWS, ...EMBEDS]) {
      test(`${view.name} (${locale}) has no best-practice violations`, async () => {
        test.setTimeout(90_000);
        await page.goto(`/${locale}${view.path}`);
        await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
        const panels = page.locator("[data-chart-panel]");
        if ((await panels.count()) > 0) await expect(panels.first().locator("canvas")).toBeVisible();
        const results = await new AxeBuilder({ page }).withTags([...WCAG_21_AA, "best-practice"]).analyze();
        const found = results.violations.map(
          (violation) =>
            `${violation.id} (${violation.impact}): ${violation.nodes
              .map((node) => node.target.join(" "))
              .slice(0, 3)
              .join(", ")}`,
        );
        expect(found).toEqual([]);
      });
    }
  }
});
