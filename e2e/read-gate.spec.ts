import { expect, test } from "@playwright/test";

import { gatedURL } from "../playwright.config";
import { TEST_USERS } from "./oidc/settings";
import { SESSION_COOKIE, sessionCookie, signInWithSso } from "./sign-in";

// The second e2e server (playwright.config.ts) runs with READ_REQUIRES_SIGN_IN on its own database:
// every page, read API and preview image needs a session (or an API token).
test.use({ baseURL: gatedURL });
// Each test signs in through the provider and back and renders several pages: far more than the
// default 30 s when the machine is busy (a limit on waiting, not a speed check).
test.describe.configure({ timeout: 180_000 });

test("without a session, pages go to the sign-in page and the read API and preview images answer 401", async ({
  request,
}) => {
  for (const [path, next] of [
    ["/en", "%2Fen"],
    ["/zh/models?region=CN", "%2Fzh%2Fmodels%3Fregion%3DCN"],
    ["/en/capex?preset=guidance&embed=1", "%2Fen%2Fcapex%3Fpreset%3Dguidance%26embed%3D1"],
  ] as const) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(response.headers()["location"]).toBe(`/${path.slice(1, 3)}/sign-in?next=${next}`);
  }
  for (const path of ["/api/models", "/api/export", "/api/og/summary?locale=en"]) {
    const response = await request.get(path);
    expect(response.status()).toBe(401);
    expect(response.headers()["content-type"]).toBe("application/problem+json");
  }
  expect((await request.get("/api/health")).status()).toBe(200);
  expect((await request.get("/en/sign-in")).status()).toBe(200);
});

test("a viewer signs in, lands on the page they asked for, reads everything; after signing out the old cookie opens nothing", async ({
  page,
  context,
  browser,
}) => {
  await page.goto("/zh/models?region=CN");
  await expect(page).toHaveURL(/\/zh\/sign-in\?next=%2Fzh%2Fmodels%3Fregion%3DCN$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("登录");
  await expect(page.getByText("本看板仅供已登录的同事使用，请用公司账号登录。")).toBeVisible();
  await page.getByTestId("sso-sign-in").click();
  await page.getByLabel("Username").fill(TEST_USERS.viewer.login);
  await page.getByLabel("Password").fill(TEST_USERS.viewer.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${gatedURL}/zh/models?region=CN`);
  await expect(page.getByTestId("models-table")).toBeVisible();

  for (const path of ["/en", "/zh"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  expect((await page.request.get("/api/models")).status()).toBe(200);
  const preview = await page.request.get("/api/og/summary?locale=en");
  expect(preview.status()).toBe(200);
  expect(preview.headers()["content-type"]).toBe("image/png");

  const value = (await sessionCookie(context))!;
  await page.goto("/en/sign-in");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en\/sign-in\?notice=signed-out$/);
  const thief = await browser.newContext({ baseURL: gatedURL });
  await thief.addCookies([{ name: SESSION_COOKIE, value, url: gatedURL }]);
  expect((await thief.request.get("/en", { maxRedirects: 0 })).status()).toBe(303);
  expect((await thief.request.get("/api/models")).status()).toBe(401);
  await thief.close();
});

test("a wrong password at the provider keeps the reader at its login form", async ({ page }) => {
  await signInWithSso(page, { ...TEST_USERS.viewer, password: "wrong" }, { base: gatedURL });
  await expect(page.getByRole("alert")).toHaveText("Wrong username or password.");
  await expect(page).toHaveTitle("E2E IdP · Sign-in");
});
