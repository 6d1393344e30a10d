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
