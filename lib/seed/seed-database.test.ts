import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFacts } from "../facts/load";
import { createPrismaClient } from "../db/create-client";
import { createTempDatabase } from "../testing/temp-database";
import { seedDatabase } from "./seed-database";

describe("seedDatabase", () => {
  let db: ReturnType<typeof createTempDatabase>;
  beforeAll(() => {
    db = createTempDatabase();
  }, 60_000);
  afterAll(async () => {
    await db.dispose();
  });

  const snapshot = async () => {
    const p = db.prisma;
    return {
      reports: await p.report.findMany({ include: { analysts: true } }),
      companies: await p.company.findMany({ orderBy: { id: "asc" } }),
      models: await p.aiModel.findMany({ orderBy: { id: "asc" } }),
      capex: await p.capexFigure.findMany({ orderBy: { id: "asc" } }),
      keyFigures: await p.keyFigure.findMany({ orderBy: { key: "asc" } }),
      training: await p.trainingRun.findMany({ orderBy: { slug: "asc" } }),
    };
  };

  it("loads every row of the facts file", async () => {
    const facts = loadFacts();
    expect(await seedDatabase(db.prisma, facts)).toEqual({ skipped: false });
    const first = await snapshot();
    expect(first.models).toHaveLength(16);
    expect(first.capex.filter((c) => c.kind === "reported")).toHaveLength(5);
    expect(first.capex.filter((c) => c.kind === "guidance")).toHaveLength(5);
    expect(first.reports[0]?.analysts).toHaveLength(3);
    const reported = first.capex.filter((c) => c.kind === "reported").reduce((sum, c) => sum + (c.usdBn ?? 0), 0);
    expect(reported).toBeCloseTo(226.719, 3);
    expect(first.keyFigures.find((k) => k.key === "capex_total_2024")?.value).toBe(225.3);
  });

  it("changes nothing when run again", async () => {
    const before = await snapshot();
    expect(await seedDatabase(db.prisma, loadFacts())).toEqual({ skipped: true });
    expect(await snapshot()).toEqual(before);
  });

  it("fills in what is missing without overwriting an editor's change", async () => {
    await db.prisma.aiModel.update({ where: { slug: "llama-3" }, data: { paramsB: 405 } });
    await db.prisma.trainingRun.delete({ where: { slug: "llama-3" } });
    const facts = loadFacts();
    // A changed facts file (new hash) re-runs the create-if-missing pass.
    facts.models.source = `${facts.models.source} (revised)`;
    expect(await seedDatabase(db.prisma, facts)).toEqual({ skipped: false });
    expect((await db.prisma.aiModel.findUnique({ where: { slug: "llama-3" } }))?.paramsB).toBe(405);
    expect(await db.prisma.trainingRun.findUnique({ where: { slug: "llama-3" } })).not.toBeNull();
    expect(await db.prisma.aiModel.count()).toBe(16);
  });

  // Several instances share a database only on PostgreSQL (npm run test:pg runs this file there).
  it.runIf(process.env.TEST_POSTGRES_URL)("seeds a fresh database once when two instances start at the same time", async () => {
    const fresh = createTempDatabase();
    const second = createPrismaClient(fresh.url);
    try {
      const results = await Promise.all([seedDatabase(fresh.prisma, loadFacts()), seedDatabase(second, loadFacts())]);
      expect(results.map((r) => r.skipped).sort()).toEqual([false, true]);
      expect(await fresh.prisma.aiModel.count()).toBe(16);
      expect(await fresh.prisma.capexFigure.count()).toBe(10);
    } finally {
      await second.$disconnect();
      await fresh.dispose();
    }
  }, 60_000);
});
