import { expect, test, type BrowserContext, type Page } from "@playwright/test";

import { E2E_ADMIN_TOKEN } from "./admin-tokens";
import type { TestUser } from "./oidc/settings";

export const SESSION_COOKIE = "capex_lens_session";

/** Signs in through the test OpenID provider's own login form, starting from the sign-in page. */
export async function signInWithSso(
  page: Page,
  user: TestUser,
  options: { locale?: "zh" | "en"; base?: string; next?: string } = {},
) {
  const { locale = "en", base = "", next } = options;
  await page.goto(`${base}/${locale}/sign-in${next ? `?next=${encodeURIComponent(next)}` : ""}`);
  await page.getByTestId("sso-sign-in").click();
  await expect(page).toHaveTitle("E2E IdP · Sign-in");
  await page.getByLabel("Username").fill(user.login);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in with the bootstrap token form (for tests about the admin itself, not about sign-on). */
export async function signInWithToken(page: Page, locale: "zh" | "en" = "en", token = E2E_ADMIN_TOKEN) {
  await page.goto(`/${locale}/sign-in`);
  const form = page.locator("form[action='/api/auth/token']");
  // With single sign-on configured the token form sits behind its disclosure.
  if (!(await form.isVisible())) await page.locator("details").filter({ has: form }).locator("summary").click();
  await page.locator("#admin-token").fill(token);
  await form.locator("button[type=submit]").click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/admin$`));
}

/**
 * Starts an editor's session for the page's browser context without the sign-in page: the bootstrap
 * token posted as JSON, as a script signs in (204 and the session cookie). For tests about what an
 * editor does; the sign-in forms themselves are tested through the UI (admin.spec.ts, sso.writes.spec.ts,
 * and signing out in admin.writes.spec.ts).
 */
export async function signInBySession(page: Page, token = E2E_ADMIN_TOKEN) {
  const origin = new URL(test.info().project.use.baseURL!).origin;
  const response = await page.request.post(`${origin}/api/auth/token`, {
    data: { token },
    headers: { Origin: origin },
  });
  expect(response.status(), "bootstrap-token sign-in").toBe(204);
}

/** The session cookie's value in a browser context (what a thief would copy). */
export async function sessionCookie(context: BrowserContext): Promise<string | undefined> {
  return (await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE)?.value;
}
