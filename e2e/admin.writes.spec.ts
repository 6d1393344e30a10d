import { expect, test, type APIRequestContext } from "@playwright/test";

import { E2E_ADMIN_TOKEN, E2E_ALICE_TOKEN, editorHeaders } from "./admin-tokens";
import { SESSION_COOKIE, sessionCookie, signInWithToken as signIn, signInBySession } from "./sign-in";
import { summaryModelCount } from "./summary-count";

// These change shared data and put it back. One file, in order, so no two of them interleave. Several
// walk through many pages: the timeout is a limit on waiting on a busy machine, not a speed check.
test.describe.configure({ mode: "serial", timeout: 120_000 });

type Exported = {
  exportedAt?: string;
  models: { slug: string; paramsB: number | null; nameEn: string }[];
  capexFigures: unknown[];
  companies: { slug: string; ticker: string | null }[];
};

async function exportData(request: APIRequestContext): Promise<Exported> {
  const body = (await (await request.get("/api/export")).json()) as Exported;
  delete body.exportedAt;
  return body;
}

async function patchModel(
  request: APIRequestContext,
  slug: string,
  data: Record<string, unknown>,
  token = E2E_ADMIN_TOKEN,
) {
  const etag = (await request.get(`/api/models/${slug}`)).headers()["etag"]!;
  return request.patch(`/api/models/${slug}`, { data, headers: { ...editorHeaders(token), "If-Match": etag } });
}

test("a stale If-Match gets 412 and loses no one's change; every write is audited with its token label", async ({
  request,
}) => {
  const read = await request.get("/api/models/o1");
  const etag = read.headers()["etag"]!;
  const original = (await read.json()).paramsB as number;

  const first = await request.patch("/api/models/o1", {
    data: { paramsB: 301 },
    headers: { ...editorHeaders(E2E_ALICE_TOKEN), "If-Match": etag },
  });
  expect(first.status()).toBe(200);
  expect(first.headers()["etag"]).not.toBe(etag);
  const second = await request.patch("/api/models/o1", {
    data: { paramsB: 999 },
    headers: { ...editorHeaders(), "If-Match": etag },
  });
  expect(second.status()).toBe(412);
  expect((await (await request.get("/api/models/o1")).json()).paramsB).toBe(301);

  const audit = (await (await request.get("/api/audit?limit=1", { headers: editorHeaders() })).json()).entries[0];
  expect(audit).toMatchObject({
    actor: "alice",
    actorKind: "token",
    channel: "api",
    address: expect.any(String),
    action: "update",
    entity: "model",
    entityKey: "o1",
    before: { paramsB: original },
    after: { paramsB: 301 },
  });

  expect((await patchModel(request, "o1", { paramsB: original })).status()).toBe(200);
});

test("of five editors sending the same version at once, exactly one wins", async ({ request }) => {
  const read = await request.get("/api/models/glm-4");
  const etag = read.headers()["etag"]!;
  const original = (await read.json()).nameAsPrinted as string | null;
  const attempts = await Promise.all(
    [1, 2, 3, 4, 5].map((n) =>
      request.patch("/api/models/glm-4", {
        data: { nameAsPrinted: `editor ${n}` },
        headers: { ...editorHeaders(), "If-Match": etag },
      }),
    ),
  );
  expect(attempts.map((r) => r.status()).sort()).toEqual([200, 412, 412, 412, 412]);
  const winner = await attempts.find((r) => r.status() === 200)!.json();
  expect((await (await request.get("/api/models/glm-4")).json()).nameAsPrinted).toBe(winner.nameAsPrinted);
  expect((await patchModel(request, "glm-4", { nameAsPrinted: original })).status()).toBe(200);
});

test("create, read, and delete a model; a duplicate slug is 409", async ({ request }) => {
  const data = {
    slug: "e2e-temp-model",
    nameZh: "临时",
    nameEn: "E2E Temp",
    company: "openai",
    region: "US",
    paramsB: null,
    moe: false,
    inputs: ["text"],
    outputs: ["text"],
    openWeights: false,
    released: "2025-01",
    source: "e2e",
  };
  const created = await request.post("/api/models", { data, headers: editorHeaders() });
  expect(created.status()).toBe(201);
  expect(created.headers()["etag"]).toBe('"1"');
  expect((await request.post("/api/models", { data, headers: editorHeaders() })).status()).toBe(409);
  expect((await request.delete("/api/models/e2e-temp-model", { headers: editorHeaders() })).status()).toBe(428);
  expect(
    (
      await request.delete("/api/models/e2e-temp-model", { headers: { ...editorHeaders(), "If-Match": '"1"' } })
    ).status(),
  ).toBe(204);
  expect((await request.get("/api/models/e2e-temp-model")).status()).toBe(404);
});

test("capex figures update with versions, and a clash on company/year/kind is 409", async ({ request }) => {
  // Changes only the statement line, which no scenario total depends on (capex.writes.spec.ts may run alongside).
  const figures = (await (await request.get("/api/capex")).json()).capexFigures as {
    id: number;
    company: string;
    year: number;
    kind: string;
    lineEn: string | null;
    version: number;
  }[];
  const msft = figures.find((f) => f.company === "microsoft" && f.year === 2025 && f.kind === "guidance")!;
  const updated = await request.patch(`/api/capex/${msft.id}`, {
    data: { lineEn: "  edited by e2e  " },
    headers: { ...editorHeaders(), "If-Match": `"${msft.version}"` },
  });
  expect(updated.status()).toBe(200);
  expect(await updated.json()).toMatchObject({ lineEn: "edited by e2e", version: msft.version + 1 });
  const clash = await request.patch(`/api/capex/${msft.id}`, {
    data: { year: 2024, kind: "reported" },
    headers: { ...editorHeaders(), "If-Match": `"${msft.version + 1}"` },
  });
  expect(clash.status()).toBe(409);
  const {
    id: _id,
    version: _version,
    updatedAt: _updatedAt,
    ...fields
  } = await (await request.get(`/api/capex/${msft.id}`)).json();
  const back = await request.put(`/api/capex/${msft.id}`, {
    data: { ...fields, lineEn: msft.lineEn },
    headers: { ...editorHeaders(), "If-Match": `"${msft.version + 1}"` },
  });
  expect(back.status()).toBe(200);
  expect(await back.json()).toMatchObject({ lineEn: msft.lineEn, version: msft.version + 2 });
});

test("import of a broken document changes nothing", async ({ request }) => {
  const before = await exportData(request);
  const changedName = before.models.map((m, i) => (i === 0 ? { ...m, nameEn: "Renamed by a broken import" } : m));

  // Fails validation: one bad model among good changes.
  const invalid = { ...before, models: changedName.map((m, i) => (i === 1 ? { ...m, paramsB: -1 } : m)) };
  const rejected = await request.post("/api/import", { data: invalid, headers: editorHeaders() });
  expect(rejected.status()).toBe(422);
  expect((await rejected.json()).errors.map((e: { field: string }) => e.field)).toContain("models.1.paramsB");

  // Passes validation but fails in the database (two companies, one ticker) after the rename was written: rolled back.
  const tickers = before.companies.filter((c) => c.ticker);
  const clash = {
    ...before,
    models: changedName,
    companies: before.companies.map((c) => (c.slug === tickers[1]!.slug ? { ...c, ticker: tickers[0]!.ticker } : c)),
  };
  expect((await request.post("/api/import", { data: clash, headers: editorHeaders() })).status()).toBe(409);

  expect(await exportData(request)).toEqual(before);
});

test("export → import round trip is lossless, and import restores what changed since the export", async ({
  request,
}) => {
  const exported = await exportData(request);
  expect((await patchModel(request, "deepseek-r1", { paramsB: 1 })).status()).toBe(200);
  const imported = await request.post("/api/import", { data: exported, headers: editorHeaders() });
  expect(imported.status()).toBe(200);
  expect((await imported.json()).models).toMatchObject({ updated: 1, created: 0, deleted: 0 });
  expect(await exportData(request)).toEqual(exported);
  const again = await (await request.post("/api/import", { data: exported, headers: editorHeaders() })).json();
  expect(again.models).toMatchObject({ updated: 0, unchanged: exported.models.length });
});

test("a model named like an HTML tag shows as text on every view", async ({ request, page }) => {
  const name = "<img src=x onerror=alert(1)>";
  const created = await request.post("/api/models", {
    data: {
      slug: "e2e-xss",
      nameZh: name,
      nameEn: name,
      company: "openai",
      region: "US",
      paramsB: 1,
      moe: false,
      inputs: ["text"],
      outputs: ["text"],
      openWeights: false,
      released: "2025-01",
      source: name,
      caveatEn: name,
      caveatZh: name,
    },
    headers: editorHeaders(),
  });
  expect(created.status()).toBe(201);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  try {
    await signInBySession(page);
    for (const path of [
      "/zh/models",
      "/en/models",
      "/en/models/e2e-xss",
      "/zh/models/e2e-xss",
      "/en/models?q=img",
      "/en/admin",
      "/zh/admin",
      "/en/admin/models/e2e-xss",
    ]) {
      await page.goto(path);
      if (path.includes("/admin/models/")) {
        await expect(page.locator("#field-nameEn")).toHaveValue(name);
      } else {
        await expect(page.getByText(name, { exact: true }).first()).toBeVisible();
      }
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
    }
    expect(dialogs).toEqual([]);
  } finally {
    await request.delete("/api/models/e2e-xss", { headers: { ...editorHeaders(), "If-Match": '"1"' } });
  }
});

test("an editor signs in, changes a model's parameter count, and the Models view shows it in both locales", async ({
  page,
  request,
}) => {
  const original = (await (await request.get("/api/models/o1")).json()).paramsB as number;
  try {
    await signInBySession(page);
    await page.goto("/en/admin");
    await expect(page.getByTestId("admin-actor")).toHaveText("Signed in as admin (editor)");

    await page.getByRole("link", { name: "Edit o1" }).click();
    await expect(page).toHaveURL(/\/en\/admin\/models\/o1$/);

    // The form shows the API schema's field errors, in the page's language, and keeps what was typed.
    await page.locator("#field-paramsB").fill("lots");
    await page.locator("#field-released").fill("2024-13");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByTestId("error-paramsB")).toHaveText("Enter a number.");
    await expect(page.getByTestId("error-released")).toHaveText("Use the form YYYY-MM, e.g. 2024-12.");
    await expect(page.locator("#field-paramsB")).toHaveValue("lots");

    await page.locator("#field-paramsB").fill("123.4");
    await page.locator("#field-released").fill("2024-12");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page).toHaveURL(/\/en\/admin\?done=saved&model=o1&version=\d+$/);
    await expect(page.getByTestId("admin-message")).toContainText("Saved o1");

    for (const locale of ["en", "zh"]) {
      await page.goto(`/${locale}/models`);
      const row = page
        .getByRole("row")
        .filter({ has: page.getByTestId("model-name").getByText("o1", { exact: true }) });
      await expect(row.getByTestId("model-params")).toHaveText("123.4B");
    }
    const audit = (await (await request.get("/api/audit?limit=1", { headers: editorHeaders() })).json()).entries[0];
    expect(audit).toMatchObject({
      actor: "admin",
      actorKind: "user",
      channel: "admin",
      entityKey: "o1",
      before: { paramsB: original },
      after: { paramsB: 123.4 },
    });

    // Put it back through the UI, in Chinese this time.
    await page.goto("/zh/admin/models/o1");
    await page.locator("#field-paramsB").fill(String(original));
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByTestId("admin-message")).toContainText("已保存 o1");
    expect((await (await request.get("/api/models/o1")).json()).paramsB).toBe(original);
  } finally {
    // A failed attempt must not leave its edit for the retry (or the next test) to take as the original.
    if ((await (await request.get("/api/models/o1")).json()).paramsB !== original) {
      await patchModel(request, "o1", { paramsB: original });
    }
  }
});

test("a form loaded before someone else's change reports the conflict instead of overwriting it", async ({
  page,
  request,
}) => {
  await signInBySession(page);
  await page.goto("/en/admin/models/o1");
  expect((await patchModel(request, "o1", { caveatEn: "changed meanwhile" })).status()).toBe(200);
  await page.locator("#field-paramsB").fill("5");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("admin-message")).toContainText("Someone else changed this record first");
  const now = await (await request.get("/api/models/o1")).json();
  expect(now).toMatchObject({ paramsB: 300, caveatEn: "changed meanwhile" });
  // Restore the caveat from the audit log's "before".
  const audit = (await (await request.get("/api/audit?limit=1", { headers: editorHeaders() })).json()).entries[0];
  expect((await patchModel(request, "o1", { caveatEn: audit.before.caveatEn })).status()).toBe(200);
});

test("signing out ends the session: the old cookie value opens nothing afterwards", async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  await signIn(page, "zh");
  const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE)!;
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  expect(cookie.value).not.toContain(E2E_ADMIN_TOKEN);
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/zh\/sign-in\?notice=signed-out$/);
  await expect(page.getByTestId("admin-message")).toHaveText("你已退出登录。");
  expect(await sessionCookie(context)).toBeUndefined();

  // Someone who copied the cookie before the sign-out gets nowhere with it.
  const thief = await browser.newContext();
  await thief.addCookies([{ name: SESSION_COOKIE, value: cookie.value, url: baseURL! }]);
  const stolen = await thief.newPage();
  await stolen.goto("/zh/admin");
  await expect(stolen).toHaveURL(/\/zh\/sign-in$/);
  await thief.close();
});

test("the cached Summary counts a model created or deleted through the API on the next visit, in both locales", async ({
  request,
}) => {
  // Other specs add and remove models alongside, so the Summary is compared with the API's count.
  const summaryCount = (locale: "zh" | "en") => summaryModelCount(request, locale);
  const apiCount = async () => ((await (await request.get("/api/models")).json()).models as unknown[]).length;
  await summaryCount("en");
  expect((await request.get("/en")).headers()["x-nextjs-cache"]).toBe("HIT");
  const data = {
    slug: "e2e-summary-count",
    nameZh: "摘要计数",
    nameEn: "Summary count",
    company: "openai",
    region: "US",
    paramsB: null,
    moe: false,
    inputs: ["text"],
    outputs: ["text"],
    openWeights: false,
    released: "2025-01",
    source: "e2e",
  };
  const created = await request.post("/api/models", { data, headers: editorHeaders() });
  expect(created.status()).toBe(201);
  for (const locale of ["en", "zh"] as const) {
    await expect.poll(async () => (await summaryCount(locale)) - (await apiCount())).toBe(0);
  }
  expect(
    (
      await request.delete("/api/models/e2e-summary-count", { headers: { ...editorHeaders(), "If-Match": '"1"' } })
    ).status(),
  ).toBe(204);
  for (const locale of ["en", "zh"] as const) {
    await expect.poll(async () => (await summaryCount(locale)) - (await apiCount())).toBe(0);
  }
});

test("an editor creates a model in the admin (field errors in Chinese first), sees it, and deletes it after confirming", async ({
  page,
  request,
}) => {
  await signInBySession(page);
  await page.goto("/zh/admin");
  await page.getByTestId("new-model").click();
  await expect(page).toHaveURL(/\/zh\/admin\/models\/new$/);
  await page.locator("#field-newSlug").fill("E2E Bad Slug");
  await page.locator("#field-nameZh").fill("端到端模型");
  await page.locator("#field-released").fill("2025");
  await page.getByRole("button", { name: "创建" }).click();
  await expect(page.getByTestId("admin-message")).toHaveText("部分字段需要修改。");
  await expect(page.getByTestId("error-newSlug")).toHaveText("只能包含小写字母、数字和单个连字符。");
  await expect(page.getByTestId("error-nameEn")).toHaveText("必填。");
  await expect(page.getByTestId("error-released")).toHaveText("格式为 YYYY-MM，例如 2024-12。");
  await expect(page.getByTestId("error-sourceZh")).toHaveText("必填。");
  await expect(page.getByTestId("error-sourceEn")).toHaveText("必填。");

  await page.locator("#field-newSlug").fill("e2e-ui-model");
  await page.locator("#field-nameEn").fill("E2E UI Model");
  await page.locator("#field-released").fill("2025-01");
  await page.locator("#field-sourceZh").fill("端到端");
  await page.locator("#field-sourceEn").fill("e2e");
  await page.locator("#field-paramsB").fill("7");
  await page.getByRole("button", { name: "创建" }).click();
  await expect(page).toHaveURL(/\/zh\/admin\?done=created&model=e2e-ui-model&version=1$/);
  await expect(page.getByTestId("admin-message")).toHaveText("已创建 端到端模型（版本 1）。");
  expect(await (await request.get("/api/models/e2e-ui-model")).json()).toMatchObject({
    nameZh: "端到端模型",
    paramsB: 7,
    version: 1,
  });

  // Deleting asks first; a stale version (someone edited meanwhile) is refused, like If-Match in the API.
  await page.goto("/zh/admin/models/e2e-ui-model");
  expect((await patchModel(request, "e2e-ui-model", { paramsB: 8 })).status()).toBe(200);
  const remove = page.getByTestId("delete-record");
  await remove.locator("summary").click();
  await expect(remove).toContainText("确定删除 端到端模型（版本 1）？");
  await remove.getByRole("button", { name: "删除" }).click();
  await expect(remove.getByTestId("admin-message")).toContainText("其他人已先修改了这条记录（当前版本 2）");
  expect((await request.get("/api/models/e2e-ui-model")).status()).toBe(200);

  await page.reload();
  await page.getByTestId("delete-record").locator("summary").click();
  await page.getByTestId("delete-record").getByRole("button", { name: "删除" }).click();
  await expect(page).toHaveURL(/\/zh\/admin\?done=deleted&model=e2e-ui-model$/);
  await expect(page.getByTestId("admin-message")).toHaveText("已删除 e2e-ui-model，审计日志保留了一份副本。");
  expect((await request.get("/api/models/e2e-ui-model")).status()).toBe(404);

  // The audit log names the editor, the admin channel and the address, newest first.
  await page.goto("/zh/admin/audit");
  const newest = page.getByTestId("audit-entry").first();
  await expect(newest).toContainText("删除 · 模型 e2e-ui-model");
  await expect(newest.getByTestId("audit-actor")).toHaveText("admin");
  await expect(newest.getByTestId("audit-channel")).toHaveText("管理页面");
});

test("an editor creates and deletes a capex figure in the admin; a clash on company, year and kind is refused", async ({
  page,
  request,
}) => {
  await signInBySession(page);
  await page.goto("/en/admin/capex/new");
  await page.locator("#field-company").selectOption("apple");
  await page.locator("#field-year").fill("2024");
  await page.locator("#field-kind").selectOption("reported");
  await page.locator("#field-basisZh").fill("2024 财年");
  await page.locator("#field-basisEn").fill("FY2024");
  await page.locator("#field-sourceZh").fill("端到端");
  await page.locator("#field-sourceEn").fill("e2e");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByTestId("admin-message")).toHaveText(
    "This company already has a figure of this kind for this year.",
  );

  await page.locator("#field-year").fill("2031");
  await page.locator("#field-usdBnLow").fill("20");
  await page.locator("#field-usdBnHigh").fill("10");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByTestId("error-usdBnHigh")).toHaveText("Must not be below the range's low end.");
  await page.locator("#field-usdBnHigh").fill("30");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page).toHaveURL(/\/en\/admin\?done=created&capex=(\d+)&version=1$/);
  const id = new URL(page.url()).searchParams.get("capex")!;
  expect(await (await request.get(`/api/capex/${id}`)).json()).toMatchObject({
    company: "apple",
    year: 2031,
    usdBnLow: 20,
    usdBnHigh: 30,
  });

  await page.goto(`/en/admin/capex/${id}`);
  const remove = page.getByTestId("delete-record");
  await remove.locator("summary").click();
  await remove.getByRole("button", { name: "Cancel" }).click();
  await expect(remove).not.toHaveAttribute("open");
  await remove.locator("summary").click();
  await remove.getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/admin\\?done=deleted&capex=${id}$`));
  await expect(page.getByTestId("admin-message")).toHaveText(
    `Deleted capex figure #${id}. The audit log keeps a copy.`,
  );
  expect((await request.get(`/api/capex/${id}`)).status()).toBe(404);
});
