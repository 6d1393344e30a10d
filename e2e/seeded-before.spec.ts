import { execFileSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";

import { E2E_ADMIN_TOKEN, editorHeaders } from "./admin-tokens";
import { startOwnServer, stopOwnServer } from "./own-server";

// A database the app's first version seeded (e2e/fixtures/first-seed.sqlite.sql), started the way
// `npm start` starts it (npm run db:setup, then next start): it gains the new rows, Amazon's 2024 is
// corrected, seeded texts get their Chinese edition, an editor's text stays, and the views show it.
// E2E_PORT + 1 is test:pg's second server, + 2 the sign-in-gated server, + 3 auth-config's, + 5 the OpenID provider, + 6 error-pages'.
const port = Number(process.env.E2E_PORT ?? 3100) + 4;
const base = `http://localhost:${port}`;
/** The 7%'s source as the bilingual-texts migration first wrote it (neither document states 7%; the note does). */
const OLD_7_PERCENT_SOURCE = {
  zh: "DeepSeek-V3 技术报告；Llama 3 模型卡（研报引用）",
  en: "DeepSeek-V3 Technical Report; Llama 3 model card (as cited by the note)",
};
// One upgraded server for all tests: they must share a worker (and its beforeAll).
test.describe.configure({ mode: "serial" });

let dir: string;
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dir = mkdtempSync(path.join(tmpdir(), "capex-lens-first-seed-"));
  const file = path.join(dir, "first-seed.db");
  const db = new Database(file);
  db.exec(readFileSync(path.join(import.meta.dirname, "fixtures", "first-seed.sqlite.sql"), "utf8"));
  // An editor's change made before the upgrade.
  db.prepare(
    `UPDATE "CapexFigure" SET "line" = ?, "version" = "version" + 1 WHERE "kind" = 'reported' AND "companyId" = (SELECT "id" FROM "Company" WHERE "slug" = 'apple')`,
  ).run("Checked by an editor");
  db.close();

  const env = {
    ...process.env,
    DATABASE_URL: `file:${file}`,
    ADMIN_TOKEN: E2E_ADMIN_TOKEN,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  execFileSync("npm", ["run", "db:setup", "--silent"], { env, stdio: "pipe", timeout: 180_000 });
  // Then as the previous releases left a database they upgraded: the 7% sourced to the V3 report and the
  // Llama 3 card in both languages (bilingual-texts before it named the note), English dates as ISO
  // dates, data migrations 1–3 done. The next start upgrades it again.
  const upgraded = new Database(file);
  upgraded
    .prepare(`UPDATE "KeyFigure" SET "sourceZh" = ?, "sourceEn" = ? WHERE "key" = 'training_ratio_stated'`)
    .run(OLD_7_PERCENT_SOURCE.zh, OLD_7_PERCENT_SOURCE.en);
  upgraded
    .prepare(
      `UPDATE "CapexFigure" SET "sourceEn" = ?, "version" = "version" + 1 WHERE "kind" = 'guidance' AND "companyId" = (SELECT "id" FROM "Company" WHERE "slug" = 'meta')`,
    )
    .run(
      "Meta public statement, 2025-01-24: USD 60-65 bn capital expenditure (CEO post; confirmed on the Q4 call 2025-01-29)",
    );
  upgraded.prepare(`UPDATE "AppMeta" SET "value" = '3' WHERE "key" = 'data.version'`).run();
  upgraded.close();
  execFileSync("npm", ["run", "db:setup", "--silent"], { env, stdio: "pipe", timeout: 180_000 });
  server = await startOwnServer(port, env, (health) => health.ok);
});

test.afterAll(() => {
  stopOwnServer(server);
  rmSync(dir, { recursive: true, force: true });
});

test("a database seeded before this version gains the 2025 rows and the correction when the app starts", async ({
  request,
}) => {
  const figures = (await (await request.get(`${base}/api/capex`)).json()).capexFigures as {
    company: string;
    year: number;
    kind: string;
    usdBn: number;
    lineZh: string;
    lineEn: string;
    sourceZh: string;
    accession: string | null;
  }[];
  expect(figures.filter((f) => f.kind === "reported" && f.year === 2025)).toHaveLength(5);
  const reported2024 = (company: string) =>
    figures.find((f) => f.company === company && f.year === 2024 && f.kind === "reported")!;
  expect(reported2024("amazon").usdBn).toBe(82.999);
  expect(reported2024("amazon").sourceZh).toBe("亚马逊年报，现金流量表：购置物业及设备");
  expect(reported2024("apple")).toMatchObject({ lineZh: "Checked by an editor", lineEn: "Checked by an editor" });
  expect((await (await request.get(`${base}/api/capex/company-basis`)).json()).count).toBe(24);

  const { entries } = (await (
    await request.get(`${base}/api/audit?limit=20`, { headers: editorHeaders() })
  ).json()) as {
    entries: {
      id: number;
      actor: string;
      action: string;
      after: { migration: string; result: string; kept?: string[] };
    }[];
  };
  const migrations = entries.filter((entry) => entry.action === "data-migration").sort((a, b) => a.id - b.id);
  expect(migrations.map((entry) => [entry.actor, entry.after.migration, entry.after.result])).toEqual([
    // From the first seed:
    ["system", "amazon-2024-capex-82.999", "applied"],
    ["system", "bilingual-seeded-texts", "applied"],
    // That first seed had no 2025 rows: the seed adds Meta's with the EDGAR address already.
    ["system", "meta-10k-on-edgar", "skipped"],
    // bilingual-seeded-texts already wrote today's texts: the dates in en, the 7%'s source the note.
    ["system", "english-dates-in-seeded-texts", "skipped"],
    ["system", "training-ratio-sourced-to-the-note", "skipped"],
    // From the state the previous releases left:
    ["system", "english-dates-in-seeded-texts", "applied"],
    ["system", "training-ratio-sourced-to-the-note", "applied"],
  ]);
  expect(migrations.find((entry) => entry.after.migration === "bilingual-seeded-texts")?.after.kept).toEqual([
    "capexFigure apple/2024/reported: line",
  ]);
});

test("the upgraded app shows the actual preset's 370.2 and the Chinese sources", async ({ page }) => {
  await page.goto(`${base}/zh/capex?preset=actual`);
  await expect(page.getByTestId("scenario-total-2025")).toHaveText("3,702 亿美元");
  await expect(page.getByTestId("scenario-total-2024")).toHaveText("2,267 亿美元");
  await expect(page.getByTestId("statement-meta")).toContainText("Meta 公开表态（2025 年 1 月 24 日）");
});

test("the upgraded app sources the 7% to the note, in zh and en, and writes the en statement's dates as en dates", async ({
  page,
  request,
}) => {
  await page.goto(`${base}/zh`);
  await expect(page.getByText("来源：研报思考#1：V3 训练成本约相当于 Llama 3 系列的 7%")).toBeVisible();
  await expect(page.locator("body")).not.toContainText(OLD_7_PERCENT_SOURCE.zh);
  await page.goto(`${base}/en`);
  await expect(
    page.getByText("Source: The note, thesis 1: V3's training cost about 7% of the Llama 3 series'"),
  ).toBeVisible();
  await expect(page.locator("body")).not.toContainText(OLD_7_PERCENT_SOURCE.en);

  const figures = (await (await request.get(`${base}/api/capex`)).json()).capexFigures as {
    company: string;
    kind: string;
    sourceEn: string;
  }[];
  expect(figures.find((f) => f.company === "meta" && f.kind === "guidance")?.sourceEn).toBe(
    "Meta public statement, Jan 24, 2025: USD 60-65 bn capital expenditure (CEO post; confirmed on the Q4 call Jan 29, 2025)",
  );
  expect(figures.filter((f) => /\b\d{4}-\d{2}-\d{2}\b/.test(f.sourceEn))).toEqual([]);
});
