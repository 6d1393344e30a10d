import { describe, expect, it } from "vitest";

import { createPrismaClient } from "../db/create-client";
import { loadFacts, loadFactsZh } from "../facts/load";
import type { PrismaClient } from "../generated/prisma/client";
import { createTempDatabase, useTempDatabase } from "../testing/temp-database";
import {
  AMAZON_2024_FIRST_SEED_USD_BN,
  dataMigrationContext,
  FIRST_SEED_KEY_FIGURE_SOURCES,
  LATEST_DATA_VERSION,
  META_10K_FIRST_SEED_URL,
} from "./data-migrations";
import { seedDatabase } from "./seed-database";

const seed = (prisma: PrismaClient, facts = loadFacts()) => seedDatabase(prisma, facts, loadFactsZh());
const sum = (values: (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);

describe("seedDatabase", () => {
  const db = useTempDatabase();

  const snapshot = async () => {
    const p = db.prisma;
    return {
      reports: await p.report.findMany({ include: { analysts: true } }),
      companies: await p.company.findMany({ orderBy: { id: "asc" } }),
      models: await p.aiModel.findMany({ orderBy: { id: "asc" } }),
      capex: await p.capexFigure.findMany({ orderBy: { id: "asc" } }),
      companyBasis: await p.capexCompanyBasis.findMany({ orderBy: { id: "asc" } }),
      keyFigures: await p.keyFigure.findMany({ orderBy: { key: "asc" } }),
      training: await p.trainingRun.findMany({ orderBy: { slug: "asc" } }),
      audit: await p.auditEntry.count(),
    };
  };

  it("loads every row of the facts file, in both languages", async () => {
    expect(await seed(db.prisma)).toEqual({ skipped: false, dataMigrations: [] });
    const first = await snapshot();
    expect(first.models).toHaveLength(16);
    expect(first.reports[0]?.analysts).toHaveLength(3);
    const reported = (year: number) => first.capex.filter((c) => c.kind === "reported" && c.year === year);
    expect(reported(2024)).toHaveLength(5);
    expect(reported(2025)).toHaveLength(5);
    expect(first.capex.filter((c) => c.kind === "guidance")).toHaveLength(5);
    expect(sum(reported(2024).map((c) => c.usdBn))).toBeCloseTo(226.714, 6);
    expect(sum(reported(2025).map((c) => c.usdBn))).toBeCloseTo(370.223, 6);
    expect(first.keyFigures.find((k) => k.key === "capex_total_2024")?.value).toBe(225.3);
    // 13 dated plan statements for 2025, 7 for 2026, 4 amounts on a company's own basis.
    expect(first.companyBasis.filter((row) => row.kind === "plan" && row.fiscalYear === 2025)).toHaveLength(13);
    expect(first.companyBasis.filter((row) => row.kind === "plan" && row.fiscalYear === 2026)).toHaveLength(7);
    expect(
      first.companyBasis
        .filter((row) => row.kind === "actual")
        .map((row) => row.usdBn)
        .sort(),
    ).toEqual([128.32, 39.225, 72.215, 88.2]);
    const msft2025 = reported(2025).find((c) => c.accession === "0000950170-25-100235");
    expect(msft2025).toMatchObject({
      usdBn: 64.551,
      filedOn: "2025-07-30",
      basisZh: "2025 财年（2024.7–2025.6）",
      basisEn: "FY2025 (Jul 2024 - Jun 2025)",
    });
    expect(first.audit).toBe(0);
  }, 60_000);

  it("changes nothing when run again", async () => {
    const before = await snapshot();
    expect(await seed(db.prisma)).toEqual({ skipped: true });
    expect(await snapshot()).toEqual(before);
  });

  it("fills in what is missing without overwriting an editor's change", async () => {
    await db.prisma.aiModel.update({ where: { slug: "llama-3" }, data: { paramsB: 405 } });
    await db.prisma.trainingRun.delete({ where: { slug: "llama-3" } });
    await db.prisma.capexCompanyBasis.deleteMany({ where: { fiscalYear: 2026 } });
    const facts = loadFacts();
    // A changed facts file (new hash) re-runs the create-if-missing pass.
    facts.models.source = `${facts.models.source} (revised)`;
    expect(await seed(db.prisma, facts)).toEqual({ skipped: false, dataMigrations: [] });
    expect((await db.prisma.aiModel.findUnique({ where: { slug: "llama-3" } }))?.paramsB).toBe(405);
    expect(await db.prisma.trainingRun.findUnique({ where: { slug: "llama-3" } })).not.toBeNull();
    expect(await db.prisma.capexCompanyBasis.count({ where: { fiscalYear: 2026 } })).toBe(7);
    expect(await db.prisma.aiModel.count()).toBe(16);
  }, 60_000);

  // Several instances share a database only on PostgreSQL (npm run test:pg runs this file there).
  it.runIf(process.env.TEST_POSTGRES_URL)(
    "seeds a fresh database once when two instances start at the same time",
    async () => {
      const fresh = createTempDatabase();
      const second = createPrismaClient(fresh.url);
      try {
        const results = await Promise.all([seed(fresh.prisma), seed(second)]);
        expect(results.map((r) => r.skipped).sort()).toEqual([false, true]);
        expect(await fresh.prisma.aiModel.count()).toBe(16);
        expect(await fresh.prisma.capexFigure.count()).toBe(15);
      } finally {
        await second.$disconnect();
        await fresh.dispose();
      }
    },
    60_000,
  );
});

/**
 * A database as the first version of the seed left it, after this version's schema migration: Amazon
 * 2024 at 83.004, every text in English in both language columns (the migration copies it), no
 * 2025 actuals, no company-basis amounts, no data version.
 */
async function emulateFirstSeed(prisma: PrismaClient): Promise<void> {
  const facts = loadFacts();
  const amazon = facts.capex_by_company.rows.find((row) => row.company === "Amazon")!;
  amazon.capex_2024 = AMAZON_2024_FIRST_SEED_USD_BN;
  await seed(prisma, facts);
  await prisma.capexFigure.deleteMany({ where: { kind: "reported", year: 2025 } });
  await prisma.capexCompanyBasis.deleteMany({});
  // The first seed's English, with facts.json's ISO dates ("Meta public statement, 2025-01-24").
  const { isoDateRows } = dataMigrationContext(facts, loadFactsZh());
  for (const figure of await prisma.capexFigure.findMany({ include: { company: true } })) {
    const firstSeed = isoDateRows.capexFigures.find(
      (row) => row.company === figure.company.slug && row.year === figure.year && row.kind === figure.kind,
    )!;
    await prisma.capexFigure.update({
      where: { id: figure.id },
      data: {
        basisZh: firstSeed.basisEn,
        basisEn: firstSeed.basisEn,
        lineZh: firstSeed.lineEn,
        lineEn: firstSeed.lineEn,
        sourceZh: firstSeed.sourceEn,
        sourceEn: firstSeed.sourceEn,
        measureZh: null,
        measureEn: null,
      },
    });
  }
  await prisma.aiModel.updateMany({ data: { sourceZh: facts.models.source, sourceEn: facts.models.source } });
  await prisma.aiModel.update({
    where: { slug: "o1" },
    data: { caveatZh: "300B 为研报所列数字,OpenAI 并未公开 o1 的参数量。研报原表写作 “GPT-o1”。" },
  });
  for (const figure of await prisma.keyFigure.findMany()) {
    const firstSeed =
      FIRST_SEED_KEY_FIGURE_SOURCES[figure.key] ??
      isoDateRows.keyFigures.find((row) => row.key === figure.key)!.sourceEn;
    await prisma.keyFigure.update({ where: { key: figure.key }, data: { sourceZh: firstSeed, sourceEn: firstSeed } });
  }
  for (const run of await prisma.trainingRun.findMany())
    await prisma.trainingRun.update({ where: { slug: run.slug }, data: { sourceZh: run.sourceEn } });
  await prisma.company.update({ where: { slug: "alphabet" }, data: { nameZh: "Alphabet(谷歌)" } });
  await prisma.appMeta.update({ where: { key: "seed.factsHash" }, data: { value: "first-seed" } });
  await prisma.appMeta.delete({ where: { key: "data.version" } });
}

describe("data migrations of a database seeded by the first version", () => {
  const amazon2024 = (prisma: PrismaClient) =>
    prisma.capexFigure.findFirstOrThrow({ where: { company: { slug: "amazon" }, year: 2024, kind: "reported" } });
  const migrationAudit = async (prisma: PrismaClient) =>
    (await prisma.auditEntry.findMany({ where: { action: "data-migration" }, orderBy: { id: "asc" } })).map(
      (entry) => ({
        actor: entry.actor,
        entity: entry.entity,
        after: JSON.parse(entry.after ?? "null") as Record<string, unknown>,
      }),
    );

  it("corrects Amazon 2024 from 83.004 to 82.999, gives seeded texts their Chinese edition and adds the new rows, audited", async () => {
    const db = createTempDatabase();
    try {
      await emulateFirstSeed(db.prisma);
      const before = await amazon2024(db.prisma);
      expect(before.usdBn).toBe(83.004);

      expect(await seed(db.prisma)).toEqual({
        skipped: false,
        dataMigrations: [
          "amazon-2024-capex-82.999",
          "bilingual-seeded-texts",
          "meta-10k-on-edgar",
          "english-dates-in-seeded-texts",
          "training-ratio-sourced-to-the-note",
        ],
      });
      expect(await amazon2024(db.prisma)).toMatchObject({
        usdBn: 82.999,
        version: before.version + 2,
        sourceZh: "亚马逊年报，现金流量表：购置物业及设备",
      });
      const audit = await migrationAudit(db.prisma);
      expect(audit).toHaveLength(5);
      expect(audit[0]).toMatchObject({
        actor: "system",
        entity: "capexFigure",
        after: { migration: "amazon-2024-capex-82.999", result: "applied", usdBn: 82.999 },
      });
      expect(audit[1]).toMatchObject({
        actor: "system",
        entity: "dataset",
        after: { migration: "bilingual-seeded-texts", result: "applied", kept: [] },
      });
      expect(audit[1]!.after.updated).toContain("company alphabet: name");
      expect(audit[1]!.after.updated).toContain("model o1: source, caveat");

      expect((await db.prisma.company.findUniqueOrThrow({ where: { slug: "alphabet" } })).nameZh).toBe(
        "Alphabet（谷歌）",
      );
      const o1 = await db.prisma.aiModel.findUniqueOrThrow({ where: { slug: "o1" } });
      expect(o1.caveatZh).toContain("，OpenAI 并未公开");
      expect(`${o1.sourceZh} ${o1.sourceEn}`).not.toMatch(/params_b|null/);
      expect((await db.prisma.keyFigure.findUniqueOrThrow({ where: { key: "v3_gpu_hours" } })).sourceZh).toMatch(
        /^DeepSeek-V3 技术报告/,
      );
      expect(await db.prisma.capexFigure.count({ where: { kind: "reported", year: 2025 } })).toBe(5);
      expect(await db.prisma.capexCompanyBasis.count()).toBe(24);
      const meta = await db.prisma.appMeta.findUniqueOrThrow({ where: { key: "data.version" } });
      expect(Number(meta.value)).toBe(LATEST_DATA_VERSION);

      expect(await seed(db.prisma)).toEqual({ skipped: true });
      expect(await migrationAudit(db.prisma)).toHaveLength(5);
    } finally {
      await db.dispose();
    }
  }, 120_000);

  it("keeps an editor's Amazon 2024 value and an edited text, and audits both as kept", async () => {
    const db = createTempDatabase();
    try {
      await emulateFirstSeed(db.prisma);
      const edited = await amazon2024(db.prisma);
      await db.prisma.capexFigure.update({
        where: { id: edited.id },
        data: { usdBn: 85, lineZh: "编辑改过", lineEn: "edited", version: { increment: 1 } },
      });

      await seed(db.prisma);
      expect(await amazon2024(db.prisma)).toMatchObject({
        usdBn: 85,
        lineZh: "编辑改过",
        lineEn: "edited",
        sourceZh: "亚马逊年报，现金流量表：购置物业及设备",
      });
      const audit = await migrationAudit(db.prisma);
      expect(audit[0]).toMatchObject({
        actor: "system",
        after: { migration: "amazon-2024-capex-82.999", result: "skipped", usdBn: 85 },
      });
      expect(audit[1]!.after.kept).toEqual(["capexFigure amazon/2024/reported: line"]);
    } finally {
      await db.dispose();
    }
  }, 120_000);

  it("points Meta's 2025 10-K at EDGAR where it still holds the results release, and keeps an editor's address", async () => {
    const meta2025 = (prisma: PrismaClient) =>
      prisma.capexFigure.findFirstOrThrow({ where: { company: { slug: "meta" }, year: 2025, kind: "reported" } });
    const atVersion2 = async (prisma: PrismaClient, sourceUrl: string) => {
      await seed(prisma);
      await prisma.capexFigure.update({ where: { id: (await meta2025(prisma)).id }, data: { sourceUrl } });
      await prisma.appMeta.update({ where: { key: "data.version" }, data: { value: "2" } });
    };
    const edgar = loadFacts().capex_actual_2025.rows.find((row) => row.company === "Meta")!.source_url;
    expect(edgar).toMatch(/^https:\/\/www\.sec\.gov\/Archives\/edgar\//);
    const db = createTempDatabase();
    const edited = createTempDatabase();
    try {
      await atVersion2(db.prisma, META_10K_FIRST_SEED_URL);
      const before = await meta2025(db.prisma);
      expect(await seed(db.prisma)).toEqual({
        skipped: false,
        dataMigrations: ["meta-10k-on-edgar", "english-dates-in-seeded-texts", "training-ratio-sourced-to-the-note"],
      });
      expect(await meta2025(db.prisma)).toMatchObject({ sourceUrl: edgar, version: before.version + 1 });
      expect(
        (await migrationAudit(db.prisma)).find((entry) => entry.after.migration === "meta-10k-on-edgar"),
      ).toMatchObject({
        actor: "system",
        entity: "capexFigure",
        after: { migration: "meta-10k-on-edgar", result: "applied", sourceUrl: edgar },
      });
      // The own-basis amount (72.215, incl. finance-lease principal) is the release's: it keeps that link.
      const ownBasis = await db.prisma.capexCompanyBasis.findFirstOrThrow({
        where: { company: { slug: "meta" }, fiscalYear: 2025, kind: "actual" },
      });
      expect(ownBasis.sourceUrl).toBe(META_10K_FIRST_SEED_URL);

      await atVersion2(edited.prisma, "https://investor.atmeta.com/");
      await seed(edited.prisma);
      expect((await meta2025(edited.prisma)).sourceUrl).toBe("https://investor.atmeta.com/");
      expect(
        (await migrationAudit(edited.prisma)).find((entry) => entry.after.migration === "meta-10k-on-edgar"),
      ).toMatchObject({
        after: { migration: "meta-10k-on-edgar", result: "skipped" },
      });
    } finally {
      await db.dispose();
      await edited.dispose();
    }
  }, 120_000);
});
