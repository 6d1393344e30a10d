import { expect, test } from "@playwright/test";

// Readers only: nothing here signs in successfully or changes data.

test.describe("admin pages for readers", () => {
  for (const locale of ["zh", "en"] as const) {
    test(`a reader without the token sees only the sign-in form (${locale})`, async ({ page }) => {
      const response = await page.goto(`/${locale}/admin`);
      expect(response?.status()).toBe(200);
      await expect(page.locator("#admin-token")).toBeVisible();
      await expect(page.getByTestId("admin-models")).toHaveCount(0);
      await expect(page.getByTestId("admin-capex")).toHaveCount(0);
    });
  }

  test("an edit page redirects a reader to the sign-in form", async ({ page }) => {
    await page.goto("/en/admin/models/o1");
    await expect(page).toHaveURL(/\/en\/admin$/);
    await expect(page.locator("#admin-token")).toBeVisible();
    await expect(page.locator("#field-paramsB")).toHaveCount(0);
    await page.goto("/zh/admin/capex/1");
    await expect(page).toHaveURL(/\/zh\/admin$/);
  });

  test("a wrong token is refused with a message and sets no cookie", async ({ page, context }) => {
    await page.goto("/en/admin");
    await page.locator("#admin-token").fill("not-the-token");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("admin-message")).toHaveText("That token is not an editor's token.");
    expect((await context.cookies()).map((c) => c.name)).not.toContain("capex_lens_admin");
    await expect(page.getByTestId("admin-models")).toHaveCount(0);
  });

  test("a forged cookie does not open the admin pages", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "capex_lens_admin", value: "forged", url: baseURL! }]);
    await page.goto("/en/admin/models/o1");
    await expect(page).toHaveURL(/\/en\/admin$/);
    await expect(page.getByTestId("admin-models")).toHaveCount(0);
  });
});
