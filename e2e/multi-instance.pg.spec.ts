import { expect, test } from "@playwright/test";
import pg from "pg";

// Two production servers on one PostgreSQL database (playwright.pg.config.ts, run by npm run test:pg).
const instances = [`http://localhost:${process.env.E2E_PORT ?? 3100}`, `http://localhost:${process.env.E2E_PORT_2}`] as const;

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

test("a change to the shared database shows on both instances at once", async ({ page }) => {
  const { rows } = await withDatabase((db) => db.query<{ nameEn: string }>(`SELECT "nameEn" FROM "AiModel" WHERE slug = 'gpt-4o'`));
  const original = rows[0]!.nameEn;
  const renamed = `${original} (renamed ${Date.now()})`;
  // Both instances render the row first, so a per-instance cache would now hold the old name.
  for (const base of instances) {
    await page.goto(`${base}/en/models`);
    await expect(page.getByTestId("models-table")).toContainText(original);
  }
  await withDatabase((db) => db.query(`UPDATE "AiModel" SET "nameEn" = $1 WHERE slug = 'gpt-4o'`, [renamed]));
  try {
    for (const base of instances) {
      await page.goto(`${base}/en/models`);
      await expect(page.getByTestId("models-table")).toContainText(renamed);
    }
  } finally {
    await withDatabase((db) => db.query(`UPDATE "AiModel" SET "nameEn" = $1 WHERE slug = 'gpt-4o'`, [original]));
  }
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
  expect(href).toMatch(/^\/s\/[0-9A-Za-z]{10}$/);

  const context = await browser.newContext({ locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en-US,en;q=0.9" } });
  const other = await context.newPage();
  for (const base of [b, a]) {
    await other.goto(`${base}${href}`);
    await expect(other).toHaveURL(`${base}/en/capex?preset=guidance&aapl=10&scenario=${href.slice(3)}`);
    await expect(other.getByTestId("saved-scenario-name")).toHaveText("Shared across instances");
    await expect(other.getByTestId("growth-number-aapl")).toHaveValue("10");
  }
  await context.close();
});
