import { expect, test } from "@playwright/test";

import { updateSession } from "./db";
import { TEST_USERS } from "./oidc/settings";
import { SESSION_COOKIE, sessionCookie, signInWithSso } from "./sign-in";

// Single sign-on through the OpenID provider the test set-up runs on loopback (e2e/oidc/provider.ts):
// its own login form, authorization code + PKCE, then a session in the app's database.
// Each test signs in through the provider and back and renders several pages: far more than the
// default 30 s when the machine is busy (a limit on waiting, not a speed check).
test.describe.configure({ mode: "serial", timeout: 180_000 });

test("an editor signs in through the provider (zh), edits a model, signs out, and the old cookie opens nothing", async ({
  page,
  context,
  browser,
  baseURL,
  request,
}) => {
  await signInWithSso(page, TEST_USERS.editor, { locale: "zh" });
  await expect(page).toHaveURL(/\/zh\/admin$/);
  await expect(page.getByTestId("admin-actor")).toHaveText("已登录：erin.editor@example.test（编辑者）");

  const original = (await (await request.get("/api/models/phi-3")).json()) as {
    caveatZh: string | null;
    caveatEn: string | null;
  };
  // A caveat is bilingual: both languages or neither.
  await page.goto("/zh/admin/models/phi-3");
  await page.locator("#field-caveatZh").fill("Erin 经单点登录核对");
  await page.locator("#field-caveatEn").fill("checked by Erin through SSO");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/zh\/admin\?done=saved&model=phi-3/);
  await page.goto("/zh/admin/audit");
  // Other specs write alongside: the newest entry about this model.
  await expect(
    page.getByTestId("audit-entry").filter({ hasText: "phi-3" }).first().getByTestId("audit-actor"),
  ).toHaveText("erin.editor@example.test");
  await page.goto("/zh/admin/models/phi-3");
  await page.locator("#field-caveatZh").fill(original.caveatZh ?? "");
  await page.locator("#field-caveatEn").fill(original.caveatEn ?? "");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/zh\/admin\?done=saved&model=phi-3/);

  const value = (await sessionCookie(context))!;
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/zh\/sign-in\?notice=signed-out$/);
  const thief = await browser.newContext();
  await thief.addCookies([{ name: SESSION_COOKIE, value, url: baseURL! }]);
  const stolen = await thief.newPage();
  await stolen.goto("/zh/admin/models/phi-3");
  await expect(stolen).toHaveURL(/\/zh\/sign-in\?next=/);
  await thief.close();
});

test("a viewer signs in and reads, but cannot edit", async ({ page, context, baseURL, playwright }) => {
  await signInWithSso(page, TEST_USERS.viewer, { next: "/en/admin/models/o1" });
  await expect(page).toHaveURL(/\/en\/admin\/models\/o1$/);
  await expect(page.getByTestId("admin-actor")).toHaveText("Signed in as victor.viewer@example.test (viewer)");
  await expect(page.getByTestId("viewer-notice")).toContainText("changing data needs the editor role");
  await expect(page.locator("#field-paramsB")).toHaveCount(0);
  await page.goto("/en/admin/access");
  await expect(page.getByTestId("api-tokens")).toHaveCount(0);
  await page.goto("/en/models");
  await expect(page.getByTestId("models-table")).toBeVisible();

  // The session cookie is no API credential: writes need an API token.
  const api = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Cookie: `${SESSION_COOKIE}=${await sessionCookie(context)}` },
  });
  const write = await api.patch("/api/models/o1", { data: { paramsB: 1 }, headers: { "If-Match": '"1"' } });
  expect(write.status()).toBe(401);
  await api.dispose();
});

test("a session past its absolute expiry, or idle too long, is refused", async ({ page, context }) => {
  await signInWithSso(page, TEST_USERS.editor);
  await expect(page).toHaveURL(/\/en\/admin$/);
  const first = (await sessionCookie(context))!;
  expect(await updateSession(first, { expiresAt: new Date(Date.now() - 1000) })).toBe(1);
  await page.goto("/en/admin");
  await expect(page).toHaveURL(/\/en\/sign-in$/);

  // Signing in again at the provider needs no password (its own session), and gives a new session.
  await page.getByTestId("sso-sign-in").click();
  await expect(page).toHaveURL(/\/en\/admin$/);
  const second = (await sessionCookie(context))!;
  expect(second).not.toBe(first);
  expect(await updateSession(second, { lastSeenAt: new Date(Date.now() - 3 * 3600_000) })).toBe(1);
  await page.goto("/en/admin/access");
  await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Fen%2Fadmin%2Faccess$/);
});

test("an editor sees their sessions and ends them all, on every browser", async ({ page, browser, baseURL }) => {
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInWithSso(otherPage, TEST_USERS.editor, { base: baseURL });
  await expect(otherPage).toHaveURL(/\/en\/admin$/);

  await signInWithSso(page, TEST_USERS.editor);
  await page.goto("/en/admin/access");
  const rows = page.getByTestId("sessions").locator("tbody tr");
  expect(await rows.count()).toBeGreaterThanOrEqual(2);
  await expect(rows.filter({ hasText: "this browser" })).toHaveCount(1);
  await expect(rows.first()).toContainText("Chrome");

  await page.getByTestId("end-all-sessions").locator("summary").click();
  await page.getByRole("button", { name: "End all sessions" }).click();
  await expect(page).toHaveURL(/\/en\/sign-in\?notice=ended-all$/);
  await expect(page.getByTestId("admin-message")).toHaveText("All your sessions have ended, on every device.");
  await otherPage.goto(`${baseURL}/en/admin`);
  await expect(otherPage).toHaveURL(/\/en\/sign-in$/);
  await other.close();
});

test("a stray callback (no sign-in in progress) gets a clear page and is no strike: SSO still works after 30 of them", async ({
  page,
  request,
}) => {
  // What images on any other page would send: cookie-less callbacks from this browser's address.
  for (let n = 0; n < 30; n++) {
    const stray = await request.get(`/api/auth/callback?code=forged${n}&state=forged`, { maxRedirects: 0 });
    expect(stray.status()).toBe(303);
    expect(stray.headers()["location"]).toBe("/zh/sign-in?error=sso-not-started");
  }
  await page.goto("/api/auth/callback?code=forged&state=forged&iss=http%3A%2F%2Flocalhost");
  await expect(page).toHaveURL(/\/zh\/sign-in\?error=sso-not-started$/);
  await expect(page.getByTestId("admin-message")).toHaveText(
    "此处没有进行中的登录，或登录超过了 10 分钟。未做任何操作，请点击下方按钮重新登录。",
  );
  await signInWithSso(page, TEST_USERS.editor);
  await expect(page).toHaveURL(/\/en\/admin$/);
});

test("a planted sign-in cookie (unsigned, returning to //evil) is no sign-in in progress", async ({
  page,
  context,
  baseURL,
}) => {
  const planted = Buffer.from(
    JSON.stringify({ state: "s", nonce: "n", verifier: "v", returnTo: "//evil.example/", locale: "en" }),
  ).toString("base64url");
  await context.addCookies([{ name: "capex_lens_oidc", value: planted, url: `${baseURL}/api/auth/callback` }]);
  await page.goto("/api/auth/callback?code=c&state=s");
  await expect(page).toHaveURL(/\/zh\/sign-in\?error=sso-not-started$/);
});

test("after sign-in the browser never leaves the site, whatever the return path's spelling", async ({
  page,
  baseURL,
}) => {
  await signInWithSso(page, TEST_USERS.editor, { next: "/.//evil.example/x" });
  await expect(page).toHaveURL(`${baseURL}/en/admin`);
  // The provider's session is alive now: each start comes straight back, with no prompt.
  for (const next of [
    "/%2e//evil.example",
    "/a/..//evil.example",
    "/\\evil.example",
    "/%5cevil.example",
    "///evil.example",
  ]) {
    await page.goto(`/api/auth/sso?locale=en&next=${encodeURIComponent(next)}`);
    await expect(page, next).toHaveURL(`${baseURL}/en/admin`);
  }
  await page.goto(`/api/auth/sso?locale=en&next=${encodeURIComponent("/en/capex?preset=guidance")}`);
  await expect(page).toHaveURL(`${baseURL}/en/capex?preset=guidance`);
});

test("an editor's address the provider has not verified makes a viewer", async ({ page }) => {
  await signInWithSso(page, TEST_USERS.unverified);
  await expect(page).toHaveURL(/\/en\/admin$/);
  await expect(page.getByTestId("admin-actor")).toHaveText("Signed in as Una Unverified (viewer)");
  await expect(page.getByTestId("viewer-notice")).toBeVisible();
});

test("an ID token signed with a key outside the provider's JWKS is refused", async ({ page }) => {
  await signInWithSso(page, TEST_USERS.foreignKey);
  await expect(page).toHaveURL(/\/en\/sign-in\?error=sso-failed$/);
  await page.goto("/en/admin");
  await expect(page).toHaveURL(/\/en\/sign-in$/);
});
