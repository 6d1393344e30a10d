import { expect, test } from "@playwright/test";

// Saving writes to the database, so this spec runs on the writers' server, apart from the readers (playwright.config.ts).
const LOCALES = {
  en: {
    acceptLanguage: "en-US,en;q=0.9",
    nameRequired: "Enter a name.",
    nameTooLong: "Use at most 80 characters.",
    notFound: "Page not found",
  },
  zh: {
    acceptLanguage: "zh-CN,zh;q=0.9",
    nameRequired: "请输入名称。",
    nameTooLong: "名称最多 80 个字符。",
    notFound: "页面不存在",
  },
} as const;

for (const locale of ["en", "zh"] as const) {
  const strings = LOCALES[locale];

  test(`saving <b>x</b> gives a /s/ link that reopens the same inputs and shows the name as text (${locale})`, async ({
    page,
    browser,
  }) => {
    await page.goto(`/${locale}/capex?preset=guidance`);
    await page.getByTestId("growth-number-aapl").fill("10");
    await expect(page).toHaveURL(/\?preset=guidance&aapl=10$/);

    const form = page.getByTestId("save-scenario");
    await form.getByRole("button").click();
    await expect(form.getByRole("alert")).toHaveText(strings.nameRequired);
    await form.getByRole("textbox").fill("x".repeat(81));
    await form.getByRole("button").click();
    await expect(form.getByRole("alert")).toHaveText(strings.nameTooLong);

    await form.getByRole("textbox").fill("<b>x</b>");
    await form.getByRole("button").click();
    const shortLink = page.getByTestId("short-link");
    // An English reader's link carries its locale (so its preview is in English); a Chinese one lets the proxy choose.
    const prefix = locale === "zh" ? "" : `/${locale}`;
    await expect(shortLink).toHaveAttribute("href", new RegExp(`^${prefix}/s/[0-9A-Za-z]{10}$`));
    const href = (await shortLink.getAttribute("href"))!;
    const id = href.slice(prefix.length + 3);

    // A colleague opens the short link in a fresh browser: the proxy picks their locale.
    const context = await browser.newContext({
      locale: locale === "zh" ? "zh-CN" : "en-US",
      extraHTTPHeaders: { "Accept-Language": strings.acceptLanguage },
    });
    const other = await context.newPage();
    await other.goto(href);
    await expect(other).toHaveURL(new RegExp(`/${locale}/capex\\?preset=guidance&aapl=10&scenario=${id}$`));
    await expect(other.getByTestId("saved-scenario-name")).toHaveText("<b>x</b>");
    await expect(other.getByTestId("saved-scenario-name").locator("b")).toHaveCount(0);
    await expect(other.getByTestId("growth-number-aapl")).toHaveValue("10");
    await expect(other.getByTestId("scenario-total-2025")).toHaveText(
      await page.getByTestId("scenario-total-2025").innerText(),
    );
    await context.close();
  });

  test(`an unknown short link is a localized 404 (${locale})`, async ({ page }) => {
    const response = await page.goto(`/${locale}/s/ZZZZZZZZZZ`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(strings.notFound);
  });
}
