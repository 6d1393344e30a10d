import { expect, test } from "@playwright/test";
import pg from "pg";

import { E2E_ADMIN_TOKEN, editorHeaders } from "./admin-tokens";
import { chartAction } from "./chart-actions";
import { requestFrom } from "./from-address";
import { TEST_USERS } from "./oidc/settings";
import { sessionCookie, signInWithSso } from "./sign-in";
import { summaryModelCount } from "./summary-count";

// Two production servers on one PostgreSQL database (playwright.pg.config.ts, run by npm run test:pg),
// after every other spec there. Each test works on its own rows, so they may run in parallel.
const instances = [
  `http://localhost:${process.env.E2E_PORT ?? 3100}`,
  `http://localhost:${process.env.E2E_PORT_2}`,
] as const;

async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

test("both instances serve from the same PostgreSQL database", async ({ request }) => {
  for (const base of instances) {
    const response = await request.get(`${base}/api/health`);
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok", provider: "postgresql" });
  }
});

test("a change made straight in the shared database and announced shows on both instances at once", async ({
  page,
}) => {
  const { rows } = await withDatabase((db) =>
    db.query<{ nameEn: string }>(`SELECT "nameEn" FROM "AiModel" WHERE slug = 'gpt-4o'`),
  );
  const original = rows[0]!.nameEn;
  const renamed = `${original} (renamed ${Date.now()})`;
  // Both instances render the row first, so a per-instance cache would now hold the old name.
  for (const base of instances) {
    await page.goto(`${base}/en/models`);
    await expect(page.getByTestId("models-table")).toContainText(original);
  }
  // Outside the app, so the operator announces it on the instances' channel (docs/database-and-deployment.md).
  await withDatabase(async (db) => {
    await db.query(`UPDATE "AiModel" SET "nameEn" = $1 WHERE slug = 'gpt-4o'`, [renamed]);
    await db.query(`SELECT pg_notify('capex_lens_cached_views', 'operator')`);
  });
  try {
    for (const base of instances) {
      await expect
        .poll(async () => (await page.request.get(`${base}/en/models`)).text(), { timeout: 5_000 })
        .toContain(renamed);
    }
  } finally {
    await withDatabase((db) => db.query(`UPDATE "AiModel" SET "nameEn" = $1 WHERE slug = 'gpt-4o'`, [original]));
  }
});

test("an edit through one instance is what the other serves at once", async ({ request, page }) => {
  const [a, b] = instances;
  // B serves the record (and the page) first, so a per-instance cache on B would now hold the old name.
  const before = await request.get(`${b}/api/models/claude-3`);
  const original = (await before.json()).nameEn as string;
  await page.goto(`${b}/en/models`);
  await expect(page.getByTestId("models-table")).toContainText(original);

  const renamed = `${original} (edited through A)`;
  const edited = await request.patch(`${a}/api/models/claude-3`, {
    data: { nameEn: renamed },
    headers: { ...editorHeaders(), "If-Match": before.headers()["etag"]! },
  });
  expect(edited.status()).toBe(200);

  const after = await request.get(`${b}/api/models/claude-3`);
  expect((await after.json()).nameEn).toBe(renamed);
  expect(after.headers()["etag"]).toBe(edited.headers()["etag"]);
  await page.goto(`${b}/en/models`);
  await expect(page.getByTestId("models-table")).toContainText(renamed);

  // Undo through B, with the version A's edit produced.
  const undone = await request.patch(`${b}/api/models/claude-3`, {
    data: { nameEn: original },
    headers: { ...editorHeaders(), "If-Match": edited.headers()["etag"]! },
  });
  expect(undone.status()).toBe(200);
  expect((await (await request.get(`${a}/api/models/claude-3`)).json()).nameEn).toBe(original);
});

test("concurrent edits through both instances: one wins per version, none is lost", async ({ request }) => {
  const [a, b] = instances;
  const auditCount = async () =>
    (
      (await (await request.get(`${b}/api/audit?limit=500`, { headers: editorHeaders() })).json()).entries as {
        action: string;
        entityKey: string;
      }[]
    ).filter((entry) => entry.action === "update" && entry.entityKey === "deepseek-r1").length;
  const auditBefore = await auditCount();
  const rounds = 3;
  for (let round = 1; round <= rounds; round++) {
    const read = await request.get(`${a}/api/models/deepseek-r1`);
    const { version } = (await read.json()) as { version: number };
    // Six editors who all read `version`, half of them through each instance, write at once.
    const attempts = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((editor) =>
        request.patch(`${instances[editor % 2]}/api/models/deepseek-r1`, {
          data: { nameAsPrinted: `round ${round}, editor ${editor}` },
          headers: { ...editorHeaders(), "If-Match": read.headers()["etag"]! },
        }),
      ),
    );
    expect(attempts.map((r) => r.status()).sort()).toEqual([200, 412, 412, 412, 412, 412]);
    const winner = (await attempts.find((r) => r.status() === 200)!.json()) as {
      nameAsPrinted: string;
      version: number;
    };
    expect(winner.version).toBe(version + 1);
    for (const base of [a, b]) {
      expect(await (await request.get(`${base}/api/models/deepseek-r1`)).json()).toMatchObject({
        nameAsPrinted: winner.nameAsPrinted,
        version: version + 1,
      });
    }
  }
  // One audited update per round: the losers changed nothing.
  expect(await auditCount()).toBe(auditBefore + rounds);
});

test("a scenario saved through one instance opens through both", async ({ page, browser }) => {
  const [a, b] = instances;
  await page.goto(`${a}/en/capex?preset=guidance`);
  await page.getByTestId("growth-number-aapl").fill("10");
  await expect(page).toHaveURL(/\?preset=guidance&aapl=10$/);
  const form = page.getByTestId("save-scenario");
  await form.getByRole("textbox").fill("Shared across instances");
  await form.getByRole("button").click();
  const href = (await page.getByTestId("short-link").getAttribute("href"))!;
  expect(href).toMatch(/^\/en\/s\/[0-9A-Za-z]{10}$/);

  const context = await browser.newContext({
    locale: "en-US",
    extraHTTPHeaders: { "Accept-Language": "en-US,en;q=0.9" },
  });
  const other = await context.newPage();
  for (const base of [b, a]) {
    await other.goto(`${base}${href}`);
    // The short link keeps the data version it was saved at (v=).
    await expect(other).toHaveURL(
      new RegExp(`^${base}/en/capex\\?preset=guidance&aapl=10&scenario=${href.slice("/en/s/".length)}&v=\\d+$`),
    );
    await expect(other.getByTestId("saved-scenario-name")).toHaveText("Shared across instances");
    await expect(other.getByTestId("growth-number-aapl")).toHaveValue("10");
  }
  await context.close();
});

test("a model created through one instance shows on the other's cached Summary at once", async ({ request }) => {
  const [a, b] = instances;
  const summaryCount = (base: string) => summaryModelCount(request, "en", base);
  // B serves the Summary from its cache now (and would keep doing so without a signal).
  const before = await summaryCount(b);
  const cached = await request.get(`${b}/en`);
  expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");

  const data = {
    slug: "pg-summary-probe",
    nameZh: "摘要探针",
    nameEn: "Summary probe",
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
  const created = await request.post(`${a}/api/models`, { data, headers: editorHeaders() });
  expect(created.status()).toBe(201);
  try {
    // PostgreSQL's NOTIFY reaches B in milliseconds; the poll gives it 5 s.
    await expect.poll(() => summaryCount(b), { timeout: 5_000 }).toBe(before + 1);
    expect(await summaryCount(a)).toBe(before + 1);
  } finally {
    expect(
      (
        await request.delete(`${a}/api/models/pg-summary-probe`, { headers: { ...editorHeaders(), "If-Match": '"1"' } })
      ).status(),
    ).toBe(204);
  }
  await expect.poll(() => summaryCount(b), { timeout: 5_000 }).toBe(before);
});

test("failed tokens count across both instances: the 11th wrong token from one address is refused on either", async () => {
  const ports = instances.map((base) => new URL(base).port);
  // An address of its own for this run, so a rerun against the same database starts afresh.
  const address = `127.0.${100 + (Date.now() % 100)}.${1 + (process.pid % 250)}`;
  const attempt = (n: number, token = `wrong-token-${n}`.padEnd(40, "x")) =>
    requestFrom(address, `http://127.0.0.1:${ports[n % 2]}/api/audit?limit=1`, {
      headers: { Authorization: `Bearer ${token}` },
    });
  const statuses: number[] = [];
  for (let n = 0; n < 12; n++) statuses.push((await attempt(n)).status);
  // Ten free failures in all (five through each instance), then both refuse: one count, shared in PostgreSQL.
  expect(statuses).toEqual([...Array(10).fill(401), 429, 429]);
  for (const port of ports) {
    const blocked = await requestFrom(address, `http://127.0.0.1:${port}/api/audit?limit=1`, {
      headers: { Authorization: `Bearer ${E2E_ADMIN_TOKEN}` },
    });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
  }
  // Another client is not affected.
  const other = await requestFrom("127.0.0.1", `http://127.0.0.1:${ports[1]}/api/audit?limit=1`, {
    headers: { Authorization: `Bearer ${E2E_ADMIN_TOKEN}` },
  });
  expect(other.status).toBe(200);
});

test("a session made through A is valid on B, and signing out on B ends it on both", async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(180_000);
  const [a, b] = instances;
  await signInWithSso(page, TEST_USERS.editor, { base: a });
  await expect(page).toHaveURL(`${a}/en/admin`);
  // Cookies belong to the host, not the port: the browser presents the same session to B.
  await page.goto(`${b}/en/admin`);
  await expect(page.getByTestId("admin-actor")).toHaveText("Signed in as erin.editor@example.test (editor)");
  const value = (await sessionCookie(context))!;

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(`${b}/en/sign-in?notice=signed-out`);
  const thief = await browser.newContext();
  await thief.addCookies([{ name: "capex_lens_session", value, url: a }]);
  const stolen = await thief.newPage();
  for (const base of [a, b]) {
    await stolen.goto(`${base}/en/admin`);
    await expect(stolen).toHaveURL(`${base}/en/sign-in`);
  }
  await thief.close();
});

test("a link pinned on one instance keeps its figures after an edit through the other", async ({ page, request }) => {
  const [a, b] = instances;
  type Figure = { id: number; company: string; year: number; kind: string; usdBn: number };
  const figures = (await (await request.get(`${a}/api/capex`)).json()).capexFigures as Figure[];
  const meta = figures.find((f) => f.company === "meta" && f.year === 2024 && f.kind === "reported")!;
  const metaLine = () => page.getByTestId("company-meta").locator("p").first();

  // The embed code B gives is pinned to the data version B shows.
  await page.goto(`${b}/en/capex?preset=flat`);
  const panel = page.getByTestId("chart-capex-by-company");
  await expect(panel.locator("canvas")).toBeVisible();
  const before = await metaLine().textContent();
  await chartAction(panel, "Embed");
  const snippet = await panel.getByRole("textbox", { name: "Embed code" }).inputValue();
  // The embed's address without its embed-only parameters (embed=, panel=): the pinned view itself.
  const pinned = /src="([^"]+)"/
    .exec(snippet)![1]!
    .replace(/&amp;/g, "&")
    .replace(/&embed=1(&panel=[\w-]+)?/, "");
  expect(pinned).toMatch(/\?preset=flat&v=\d+$/);

  const patch = (usdBn: number, etag: string) =>
    request.patch(`${a}/api/capex/${meta.id}`, { data: { usdBn }, headers: { ...editorHeaders(), "If-Match": etag } });
  const etag = (await request.get(`${a}/api/capex/${meta.id}`)).headers()["etag"]!;
  expect((await patch(meta.usdBn + 7, etag)).status()).toBe(200);
  try {
    await page.goto(pinned);
    await expect(metaLine()).toHaveText(before!);
    await expect(page.getByTestId("pinned-version")).toContainText("This link shows the data of");
    await page.goto(`${b}/en/capex?preset=flat`);
    await expect(metaLine()).not.toHaveText(before!);
  } finally {
    const now = (await request.get(`${a}/api/capex/${meta.id}`)).headers()["etag"]!;
    expect((await patch(meta.usdBn, now)).status()).toBe(200);
  }
});
