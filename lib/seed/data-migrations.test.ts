import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { loadFacts, loadFactsZh } from "../facts/load";
import type { PrismaClient } from "../generated/prisma/client";
import { createTempDatabase } from "../testing/temp-database";
import { BILINGUAL_SEED_KEY_FIGURE_SOURCES, dataMigrationContext, LATEST_DATA_VERSION } from "./data-migrations";
import { seedDatabase } from "./seed-database";

const seed = (prisma: PrismaClient) => seedDatabase(prisma, loadFacts(), loadFactsZh());
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const STATED_7_PERCENT = "training_ratio_stated";

/**
 * A database as the previous release left it (data migrations 1–3 done): English texts with
 * facts.json's ISO dates, and the 7% sourced to the V3 report and the Llama 3 card in both languages,
 * as the bilingual-texts migration then wrote it.
 */
async function asThePreviousReleaseLeftIt(prisma: PrismaClient): Promise<void> {
  await seed(prisma);
  const { isoDateRows } = dataMigrationContext(loadFacts(), loadFactsZh());
  for (const row of isoDateRows.capexFigures) {
    await prisma.capexFigure.updateMany({
      where: { company: { slug: row.company }, year: row.year, kind: row.kind },
      data: { lineEn: row.lineEn, sourceEn: row.sourceEn },
    });
  }
  for (const row of isoDateRows.companyBasis) {
    await prisma.capexCompanyBasis.updateMany({
      where: { company: { slug: row.company }, fiscalYear: row.fiscalYear, kind: row.kind, sequence: row.sequence },
      data: { whatEn: row.whatEn, sourceEn: row.sourceEn },
    });
  }
  for (const row of isoDateRows.keyFigures) {
    const earlier = BILINGUAL_SEED_KEY_FIGURE_SOURCES[row.key];
    await prisma.keyFigure.update({
      where: { key: row.key },
      data: earlier ? { sourceZh: earlier.zh, sourceEn: earlier.en } : { sourceEn: row.sourceEn },
    });
  }
  await prisma.appMeta.update({ where: { key: "data.version" }, data: { value: "3" } });
}

const migrationAudit = async (prisma: PrismaClient, migration: string) =>
  (await prisma.auditEntry.findMany({ where: { action: "data-migration" }, orderBy: { id: "asc" } }))
    .map((entry) => ({ actor: entry.actor, entity: entry.entity, after: JSON.parse(entry.after ?? "null") }))
    .filter((entry) => entry.after?.migration === migration);

const metaGuidance = (prisma: PrismaClient) =>
  prisma.capexFigure.findFirstOrThrow({ where: { company: { slug: "meta" }, year: 2025, kind: "guidance" } });

describe("data migrations of a database the previous release upgraded", () => {
  let db: ReturnType<typeof createTempDatabase>;
  beforeEach(async () => {
    db = createTempDatabase();
    await asThePreviousReleaseLeftIt(db.prisma);
  }, 60_000);
  afterEach(async () => {
    await db.dispose();
  });

  it("writes the seeded English texts' dates as en pages do, and sources the 7% to the note, audited", async () => {
    const before = await metaGuidance(db.prisma);
    expect(before.sourceEn).toBe(
      "Meta public statement, 2025-01-24: USD 60-65 bn capital expenditure (CEO post; confirmed on the Q4 call 2025-01-29)",
    );

    expect(await seed(db.prisma)).toEqual({
      skipped: false,
      dataMigrations: ["english-dates-in-seeded-texts", "training-ratio-sourced-to-the-note"],
    });
    expect(await metaGuidance(db.prisma)).toMatchObject({
      sourceEn:
        "Meta public statement, Jan 24, 2025: USD 60-65 bn capital expenditure (CEO post; confirmed on the Q4 call Jan 29, 2025)",
      lineEn: "USD 60-65 bn capital expenditure (CEO post; confirmed on the Q4 call Jan 29, 2025)",
      sourceZh: before.sourceZh,
      version: before.version + 1,
    });
    const apple10k = await db.prisma.capexFigure.findFirstOrThrow({
      where: { company: { slug: "apple" }, year: 2025, kind: "reported" },
    });
    expect(apple10k.sourceEn).toContain("filed Oct 31, 2025)");
    const stargate = await db.prisma.keyFigure.findUniqueOrThrow({ where: { key: "stargate_usd_bn" } });
    expect(stargate.sourceEn).toMatch(/^The Stargate Project announcement, Jan 21, 2025: /);
    // No English text the seed wrote keeps an ISO date; the Chinese ones are as they were.
    const english = [
      ...(await db.prisma.capexFigure.findMany()).flatMap((row) => [row.sourceEn, row.lineEn]),
      ...(await db.prisma.capexCompanyBasis.findMany()).flatMap((row) => [row.sourceEn, row.whatEn]),
      ...(await db.prisma.keyFigure.findMany()).map((row) => row.sourceEn),
    ];
    expect(english.filter((text) => text !== null && ISO_DATE.test(text))).toEqual([]);

    const ratio = await db.prisma.keyFigure.findUniqueOrThrow({ where: { key: STATED_7_PERCENT } });
    expect(ratio).toMatchObject({
      sourceZh: "研报思考#1：V3 训练成本约相当于 Llama 3 系列的 7%",
      sourceEn: "The note, thesis 1: V3's training cost about 7% of the Llama 3 series'",
    });

    const [dates] = await migrationAudit(db.prisma, "english-dates-in-seeded-texts");
    expect(dates).toMatchObject({ actor: "system", entity: "dataset", after: { result: "applied", kept: [] } });
    expect(dates!.after.updated).toContain("capexFigure meta/2025/guidance: line, source");
    expect(dates!.after.updated).toContain("companyBasis apple/2026/plan/1: what, source");
    expect(dates!.after.updated).toContain("keyFigure stargate_usd_bn: source");
    expect(await migrationAudit(db.prisma, "training-ratio-sourced-to-the-note")).toEqual([
      {
        actor: "system",
        entity: "dataset",
        after: {
          migration: "training-ratio-sourced-to-the-note",
          result: "applied",
          updated: [`keyFigure ${STATED_7_PERCENT}: source`],
          kept: [],
        },
      },
    ]);
    const meta = await db.prisma.appMeta.findUniqueOrThrow({ where: { key: "data.version" } });
    expect(Number(meta.value)).toBe(LATEST_DATA_VERSION);
    expect(await seed(db.prisma)).toEqual({ skipped: true });
  }, 60_000);

  it("keeps an editor's texts and says so in the audit", async () => {
    const guidance = await metaGuidance(db.prisma);
    await db.prisma.capexFigure.update({
      where: { id: guidance.id },
      data: { sourceEn: "Checked by an editor, 2025-01-24", version: { increment: 1 } },
    });
    await db.prisma.keyFigure.update({ where: { key: STATED_7_PERCENT }, data: { sourceEn: "An editor's source" } });

    await seed(db.prisma);
    expect(await metaGuidance(db.prisma)).toMatchObject({
      sourceEn: "Checked by an editor, 2025-01-24",
      // The line beside it was still the seed's: it takes the new dates.
      lineEn: "USD 60-65 bn capital expenditure (CEO post; confirmed on the Q4 call Jan 29, 2025)",
    });
    expect(await db.prisma.keyFigure.findUniqueOrThrow({ where: { key: STATED_7_PERCENT } })).toMatchObject({
      sourceZh: BILINGUAL_SEED_KEY_FIGURE_SOURCES[STATED_7_PERCENT]!.zh,
      sourceEn: "An editor's source",
    });
    const [dates] = await migrationAudit(db.prisma, "english-dates-in-seeded-texts");
    expect(dates!.after.kept).toEqual(["capexFigure meta/2025/guidance: source"]);
    const [ratio] = await migrationAudit(db.prisma, "training-ratio-sourced-to-the-note");
    expect(ratio!.after).toMatchObject({
      result: "skipped",
      updated: [],
      kept: [`keyFigure ${STATED_7_PERCENT}: source`],
    });
  }, 60_000);
});
