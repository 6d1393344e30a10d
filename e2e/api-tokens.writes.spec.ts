import { expect, test } from "@playwright/test";

import { updateRows } from "./db";
import { TEST_USERS } from "./oidc/settings";
import { signInWithSso } from "./sign-in";

// Named API tokens made and revoked in the admin, used by "scripts" (Playwright's request context).
// Each test signs in through the provider and back and renders several pages: far more than the
// default 30 s when the machine is busy (a limit on waiting, not a speed check).
test.describe.configure({ mode: "serial", timeout: 180_000 });

test("an editor makes a token (shown once), a script writes with it, the audit names it; once revoked it gets 401", async ({
  page,
  request,
}) => {
  await signInWithSso(page, TEST_USERS.editor);
  await page.goto("/en/admin/access");
  const name = `e2e nightly import ${Date.now()}`;
  await page.getByLabel("Name (what it is for, e.g. nightly import)").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("created-token-value").inputValue()).trim();
  expect(token).toMatch(/^cl_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
  const row = page.getByTestId("api-tokens").locator(`tr[data-token="${name}"]`);
  await expect(row).toContainText("erin.editor@example.test");
  await expect(row).toContainText("never");

  // A second token of the same name is refused; the new token is never shown again.
  await page.getByLabel("Name (what it is for, e.g. nightly import)").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByTestId("error-name")).toHaveText("An active token already has this name.");
  await page.reload();
  await expect(page.getByTestId("created-token")).toHaveCount(0);
  expect(await page.content()).not.toContain(token.slice(16));

  // The script: two writes through the API (the import channel is covered by lib/api/handler.test.ts:
  // an import here would replace data that other specs are changing at the same time).
  const auth = { Authorization: `Bearer ${token}` };
  const read = await request.get("/api/models/grok-1");
  // A caveat is bilingual: both languages or neither.
  const { caveatZh, caveatEn } = (await read.json()) as { caveatZh: string | null; caveatEn: string | null };
  const edited = await request.patch("/api/models/grok-1", {
    data: { caveatZh: "经夜间导入核对", caveatEn: "checked by the nightly import" },
    headers: { ...auth, "If-Match": read.headers()["etag"]! },
  });
  expect(edited.status()).toBe(200);
  expect(
    (
      await request.patch("/api/models/grok-1", {
        data: { caveatZh, caveatEn },
        headers: { ...auth, "If-Match": edited.headers()["etag"]! },
      })
    ).status(),
  ).toBe(200);
  // Other specs write alongside: this token's entries, newest first.
  const all = (await (await request.get("/api/audit?limit=100", { headers: auth })).json()).entries as {
    actor: string;
    actorKind: string;
    channel: string;
    address: string;
    action: string;
  }[];
  const entries = all.filter((e) => e.actor === name);
  expect(entries.map((e) => [e.actor, e.actorKind, e.channel, e.action])).toEqual([
    [name, "token", "api", "update"],
    [name, "token", "api", "update"],
  ]);
  expect(entries[0]!.address).toMatch(/^(127\.0\.0\.1|::1)$/);

  await page.goto("/en/admin/audit");
  const byToken = page
    .getByTestId("audit-entry")
    .filter({ has: page.getByTestId("audit-actor").getByText(name, { exact: true }) });
  await expect(byToken).toHaveCount(2);
  await expect(byToken.first()).toContainText("API token");
  await expect(byToken.first()).toContainText("Updated · model grok-1");
  await expect(byToken.first().getByTestId("audit-channel")).toHaveText("API");

  await page.goto("/en/admin/access");
  await expect(row).toContainText(/from (127\.0\.0\.1|::1)/);
  const revoke = row.getByTestId("revoke-token");
  await revoke.locator("summary").click();
  await expect(revoke).toContainText(`Revoke “${name}”? Scripts using it stop working at once.`);
  await revoke.getByRole("button", { name: "Revoke" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/access\?done=revoked$/);
  await expect(row).toContainText("Revoked by erin.editor@example.test");

  const refused = await request.get("/api/audit?limit=1", { headers: auth });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ type: "urn:ai-capex-lens:problem:invalid-token" });
  await page.goto("/en/admin/audit");
  await expect(
    page.getByTestId("audit-entry").filter({ hasText: "Revoked · API token" }).first().getByTestId("audit-actor"),
  ).toHaveText("erin.editor@example.test");
});

test("a token acts with its owner's role as it is now, and stops at its expiry, both shown in the admin", async ({
  page,
  request,
}) => {
  await signInWithSso(page, TEST_USERS.editor);
  await page.goto("/en/admin/access");
  const name = `e2e demoted ${Date.now()}`;
  await page.getByLabel("Name (what it is for, e.g. nightly import)").fill(name);
  await page.getByLabel("Expires after").selectOption("7");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("created-token-value").inputValue()).trim();
  const row = page.getByTestId("api-tokens").locator(`tr[data-token="${name}"]`);
  const inAWeek = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(Date.now() + 7 * 86_400_000),
  );
  await expect(row.getByTestId("token-expires")).toContainText(inAWeek);
  await expect(row.getByTestId("token-last-used")).toHaveText("never");

  const auth = { Authorization: `Bearer ${token}` };
  const write = async () => {
    const read = await request.get("/api/models/grok-1");
    const { caveatZh, caveatEn } = (await read.json()) as { caveatZh: string | null; caveatEn: string | null };
    return request.patch("/api/models/grok-1", {
      data: { caveatZh, caveatEn },
      headers: { ...auth, "If-Match": read.headers()["etag"]! },
    });
  };
  expect((await write()).status()).toBe(200);
  await page.reload();
  await expect(row.getByTestId("token-last-used")).toContainText(/from (127\.0\.0\.1|::1)/);

  // Demoted (the provider no longer lists the editors' group): the session says viewer, and the token no longer writes.
  const editor = { column: "email", value: TEST_USERS.editor.email };
  expect(await updateRows("User", editor, { groups: JSON.stringify(["staff"]) })).toBe(1);
  try {
    const refused = await write();
    expect(refused.status()).toBe(403);
    expect(await refused.json()).toMatchObject({ type: "urn:ai-capex-lens:problem:not-editor" });
    await page.goto("/en/admin");
    await expect(page.getByTestId("admin-actor")).toHaveText("Signed in as erin.editor@example.test (viewer)");
  } finally {
    await updateRows("User", editor, { groups: JSON.stringify(TEST_USERS.editor.groups) });
  }
  expect((await write()).status()).toBe(200);

  // Past its expiry the token is refused like a wrong one, and the admin says so.
  const publicId = token.slice(3, 15);
  expect(
    await updateRows("ApiToken", { column: "publicId", value: publicId }, { expiresAt: new Date(Date.now() - 1000) }),
  ).toBe(1);
  const expired = await write();
  expect(expired.status()).toBe(401);
  await page.goto("/en/admin/access");
  await expect(row.getByTestId("token-expires")).toContainText("expired");
});
