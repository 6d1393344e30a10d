import { expect, test } from "@playwright/test";

import { E2E_ADMIN_TOKEN } from "./admin-tokens";
import { SESSION_COOKIE } from "./sign-in";

// Readers only: nothing here changes data (a successful sign-in only adds a session).

test.describe("admin pages for readers", () => {
  for (const locale of ["zh", "en"] as const) {
    test(`without a session the admin sends the browser to sign in, and says how (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/admin`);
      await expect(page).toHaveURL(new RegExp(`/${locale}/sign-in$`));
      await expect(page.getByTestId("sso-sign-in")).toHaveText(
        locale === "zh" ? "通过 E2E IdP 登录" : "Sign in with E2E IdP",
      );
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(locale === "zh" ? "登录" : "Sign in");
      await expect(page.getByTestId("admin-models")).toHaveCount(0);
    });
  }

  test("an edit page sends the browser to sign in and back there afterwards", async ({ page }) => {
    await page.goto("/en/admin/models/o1");
    await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Fen%2Fadmin%2Fmodels%2Fo1$/);
    await expect(page.locator("#field-paramsB")).toHaveCount(0);
    await page.locator("details summary").click();
    await page.locator("#admin-token").fill(E2E_ADMIN_TOKEN);
    await page.locator("form[action='/api/auth/token'] button").click();
    await expect(page).toHaveURL(/\/en\/admin\/models\/o1$/);
    await expect(page.locator("#field-paramsB")).toBeVisible();
  });

  test("a wrong bootstrap token is refused with a message in the page's language and sets no cookie", async ({
    page,
    context,
  }) => {
    await page.goto("/zh/sign-in");
    await page.locator("details summary").click();
    await page.locator("#admin-token").fill("not-the-token-but-long-enough-to-look-real");
    await page.locator("form[action='/api/auth/token'] button").click();
    await expect(page).toHaveURL(/\/zh\/sign-in\?error=invalid-token$/);
    await expect(page.getByTestId("admin-message")).toHaveText("该令牌不是初始令牌。");
    expect((await context.cookies()).map((c) => c.name)).not.toContain(SESSION_COOKIE);
  });

  test("neither a forged session cookie nor the old token-as-cookie opens the admin", async ({
    page,
    context,
    baseURL,
  }) => {
    await context.addCookies([
      { name: SESSION_COOKIE, value: "A".repeat(43), url: baseURL! },
      { name: "capex_lens_admin", value: E2E_ADMIN_TOKEN, url: baseURL! },
    ]);
    await page.goto("/en/admin/models/o1");
    await expect(page).toHaveURL(/\/en\/sign-in\?next=/);
    await expect(page.getByTestId("admin-models")).toHaveCount(0);
  });

  test("sign-in and sign-out forms posted from another site change nothing", async ({ request }) => {
    const forged = await request.post("/api/auth/token", {
      form: { token: E2E_ADMIN_TOKEN, locale: "en" },
      headers: { Origin: "https://evil.example" },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(303);
    expect(forged.headers()["location"]).toBe("/en/sign-in?error=bad-origin");
    expect(forged.headers()["set-cookie"]).toBeUndefined();
  });

  test("the sign-in page shows only known messages from its URL", async ({ page }) => {
    await page.goto("/en/sign-in?error=%3Cscript%3Ealert(1)%3C/script%3E&next=https://evil.example/");
    await expect(page.getByTestId("admin-message")).toHaveCount(0);
    await expect(page.locator("form[action='/api/auth/token'] input[name=next]")).toHaveValue("/en/admin");
    await page.goto("/en/sign-in?error=throttled&retry=42");
    await expect(page.getByTestId("admin-message")).toHaveText(
      "Too many failed sign-ins from this address. Try again in 42 s.",
    );
  });
});
