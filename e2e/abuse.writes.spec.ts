import { expect, test } from "@playwright/test";

// Saving writes to the database, so this spec runs on the writers' server, apart from the readers (playwright.config.ts).
const NAME_CHARACTERS = {
  en: "The name contains invisible characters (control, zero-width or text-direction marks); remove them.",
  zh: "名称含有不可见字符（控制字符、零宽字符或文字方向控制符），请删除后再保存。",
} as const;

for (const locale of ["en", "zh"] as const) {
  test(`a scenario name with invisible characters is refused with a clear message, and saving twice gives one link (${locale})`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/capex?preset=flat&msft=7`);
    const form = page.getByTestId("save-scenario");
    const name = form.getByRole("textbox");
    for (const invisible of ["Bull\u202Ecase", "Bull\u200Bcase"]) {
      await name.fill(invisible);
      await form.getByRole("button").click();
      await expect(form.getByRole("alert")).toHaveText(NAME_CHARACTERS[locale]);
      await expect(name).toHaveValue(invisible);
    }

    // The same name and state, saved twice (the second spelled in decomposed Unicode): one short link.
    await name.fill(`Cafe\u0301 ${locale}`);
    await form.getByRole("button").click();
    const first = await page.getByTestId("short-link").getAttribute("href");
    expect(first).toMatch(/^\/s\/[0-9A-Za-z]{10}$/);
    await page.reload();
    await page.getByTestId("save-scenario").getByRole("textbox").fill(`Café ${locale}`);
    await page.getByTestId("save-scenario").getByRole("button").click();
    await expect(page.getByTestId("short-link")).toHaveAttribute("href", first!);
  });
}
