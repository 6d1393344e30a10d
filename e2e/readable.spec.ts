import { expect, test, type Page } from "@playwright/test";

// Readable everywhere (#24): without JavaScript, on A4 paper in either system theme, and by keyboard
// past the Capex total bar.

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  // The chart views and how many chart panels each shows (Capex: by company, sensitivity, plans' path, 2026 plans).
  const VIEWS = [
    ["/zh/capex", 4],
    ["/en/capex?preset=guidance", 4],
    ["/zh/models?view=params", 1],
    ["/en/training?scale=log", 1],
    ["/zh/capex?embed=1", 2],
  ] as const;

  test("every chart panel shows its table in the chart's place", async ({ page }) => {
    for (const [path, count] of VIEWS) {
      await page.goto(path);
      const panels = page.locator("[data-chart-panel]");
      await expect(panels, path).toHaveCount(count);
      for (const panel of await panels.all()) {
        await expect(panel.locator('[role="tabpanel"][id$="-table"] table'), path).toBeVisible();
        // No empty chart box, no tabs or export buttons that need JavaScript to do anything.
        await expect(panel.locator('[role="tabpanel"][id$="-chart"]'), path).toBeHidden();
        await expect(panel.getByRole("tablist"), path).toBeHidden();
        await expect(panel.locator("[data-export-toolbar]"), path).toBeHidden();
      }
    }
    // Capex's fifth table, the note against the actuals, is a table of its own.
    await page.goto("/zh/capex");
    await expect(page.getByTestId("vs-actual-table")).toBeVisible();
  });

  test("an unknown model or short link is a 404 in the path's language, rendered on the server", async ({ page }) => {
    for (const [path, lang, heading] of [
      ["/en/models/nope", "en", "Page not found"],
      ["/zh/models/nope", "zh-CN", "页面不存在"],
      ["/zh/s/Zz9zZz9zZz", "zh-CN", "页面不存在"],
      ["/en/s/not-an-id", "en", "Page not found"],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      expect(await response?.text(), path).not.toContain("__next_error__");
      await expect(page.locator("html"), path).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(heading);
    }
    // A known model is still its page.
    const known = await page.goto("/en/models/deepseek-r1");
    expect(known?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("DeepSeek-R1");
  });
});

test("with JavaScript, a link to an unknown model lands on the same localized 404", async ({ page }) => {
  const response = await page.goto("/zh/models/nope");
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("not-found").getByRole("heading", { level: 1 })).toHaveText("页面不存在");
});

// A4 at 16 mm margins: 178 mm of printable width, in CSS px.
const PRINTABLE_PX = Math.floor(((210 - 2 * 16) / 25.4) * 96);

/** Elements in the page wider than the printable area, or reaching past its right edge. */
const overflowing = (page: Page) =>
  page.evaluate((limit) => {
    const found: string[] = [];
    for (const element of document.querySelectorAll("body *")) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && box.right > limit + 0.5)
        found.push(`${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""} → ${Math.round(box.right)}`);
    }
    return found.slice(0, 5);
  }, PRINTABLE_PX);

/** The luminance (0–255) of a chart's surface, read from its canvas. */
const surfaceLuminance = (page: Page) =>
  page
    .locator("[data-chart-panel] canvas")
    .first()
    .evaluate((canvas: HTMLCanvasElement) => {
      const [r = 0, g = 0, b = 0] = canvas.getContext("2d")!.getImageData(2, 2, 1, 1).data;
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    });

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`printed on A4, ${colorScheme} system theme`, () => {
    test.use({ colorScheme, viewport: { width: PRINTABLE_PX, height: 1000 } });

    for (const path of ["/zh", "/en", "/zh/capex", "/en/capex?preset=actual"]) {
      test(`${path} fits the printable width${path.includes("capex") ? ", its charts in the light palette" : ""}`, async ({
        page,
      }) => {
        await page.goto(path);
        const panels = page.locator("[data-chart-panel]");
        if ((await panels.count()) > 0) await expect(page.locator("[data-chart-panel] canvas")).toHaveCount(4);
        await page.emulateMedia({ media: "print" });
        expect(await overflowing(page)).toEqual([]);
        await expect(page.locator("header").first()).toBeHidden();
        if ((await panels.count()) > 0) await expect.poll(() => surfaceLuminance(page)).toBeGreaterThan(240);
        // The view's own address, absolute, so the paper leads back to the same state.
        await expect(page.getByTestId("printed-address")).toHaveText(
          new RegExp(`https?://[^ ]+${path.replace(/[?]/g, "\\?")}$`),
        );
      });
    }
  });
}

/** Where the focused control is, unless the sticky total bar (stuck at the top) covers part of it. */
const hiddenUnderBar = (page: Page) =>
  page.evaluate(() => {
    const bar = document.querySelector('[data-testid="capex-total-bar"]')!.getBoundingClientRect();
    const focused = document.activeElement;
    if (!focused || focused === document.body || focused.closest('[data-testid="capex-total-bar"]')) return null;
    const box = focused.getBoundingClientRect();
    const covered = bar.top <= 1 && box.top < bar.bottom && box.bottom > bar.top;
    return covered
      ? `${focused.tagName.toLowerCase()} "${(focused.textContent ?? "").trim().slice(0, 20)}" at ${Math.round(box.top)} under a bar to ${Math.round(bar.bottom)}`
      : null;
  });

for (const width of [1440, 390]) {
  test(`at ${width} px no Tab stop on Capex hides behind the total bar, forwards or backwards`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
    await page.goto("/zh/capex");
    await expect(page.locator("[data-chart-panel] canvas")).toHaveCount(4);
    const hidden: string[] = [];
    let stops = 0;
    for (const key of ["Tab", "Shift+Tab"]) {
      for (let step = 0; step < 400; step++) {
        await page.keyboard.press(key);
        if (await page.evaluate(() => document.activeElement === document.body)) break;
        stops++;
        const found = await hiddenUnderBar(page);
        if (found) hidden.push(`${key}: ${found}`);
      }
    }
    expect(stops).toBeGreaterThan(40);
    expect(hidden).toEqual([]);
  });
}

test("a section link moves the focus into its section", async ({ page }) => {
  await page.goto("/en/capex");
  await page.getByTestId("after-note-nav").getByRole("link").nth(1).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/section=plans/);
  await expect(page.locator("#plans")).toBeFocused();
  await page.keyboard.press("Tab");
  // The next stop is inside the plans section, not back at the links.
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest("#plans")))).toBe(true);
});

test("on Models, the first Tab after Enter applies a filter moves to the next control", async ({ page }) => {
  await page.goto("/en/models");
  await page.getByTestId("filter-region").focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/region=/);
  await page.keyboard.press("Tab");
  await expect(page.getByTestId("filter-access")).toBeFocused();
});
