import { createHash } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";
import type { Facts } from "../facts/schema";
import { slugify } from "../slug";
import { REPORT_SLUG } from "../report-slug";
import { capexCompany, MODEL_CAVEATS } from "./seed-extras";

const SEED_MARKER = "seed.factsHash";

export type SeedResult = { skipped: boolean };

/**
 * Seeds the database from facts.json. Idempotent: records are created only when missing (an
 * editor's later change is never overwritten), and a database already seeded from the same
 * facts is left untouched, so a model an editor deleted does not come back at the next start.
 */
export async function seedDatabase(prisma: PrismaClient, facts: Facts): Promise<SeedResult> {
  try {
    return await seedOnce(prisma, facts);
  } catch (error) {
    // Two instances seeding one fresh PostgreSQL database at once: the later one's insert fails on a
    // unique key only once the earlier one has committed, marker included, so running again is safe.
    if (isUniqueViolation(error)) return seedOnce(prisma, facts);
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

async function seedOnce(prisma: PrismaClient, facts: Facts): Promise<SeedResult> {
  const hash = createHash("sha256").update(JSON.stringify(facts)).digest("hex");
  const marker = await prisma.appMeta.findUnique({ where: { key: SEED_MARKER } });
  if (marker?.value === hash) return { skipped: true };

  await prisma.$transaction(async (tx) => {
    const r = facts.report;
    const report = await tx.report.upsert({
      where: { slug: REPORT_SLUG },
      update: {},
      create: {
        slug: REPORT_SLUG,
        titleZh: r.title.zh,
        titleEn: r.title.en,
        publisherZh: r.publisher.zh,
        publisherEn: r.publisher.en,
        published: r.published,
        regionZh: r.region.zh,
        regionEn: r.region.en,
        typeZh: r.type.zh,
        typeEn: r.type.en,
        sectorZh: r.sector.zh,
        sectorEn: r.sector.en,
        ratingZh: r.rating.zh,
        ratingEn: r.rating.en,
        eventDate: r.event.date,
      },
    });
    for (const [position, a] of r.analysts.entries()) {
      await tx.analyst.upsert({
        where: { reportId_position: { reportId: report.id, position } },
        update: {},
        create: { reportId: report.id, position, nameZh: a.name_zh, nameEn: a.name_en, role: a.role, sac: a.sac, sfc: a.sfc },
      });
    }

    const companyId = async (nameEn: string, nameZh: string, ticker: string | null = null) => {
      const slug = slugify(nameEn);
      const company = await tx.company.upsert({
        where: { slug },
        update: ticker ? { ticker } : {},
        create: { slug, nameEn, nameZh, ticker },
      });
      return company.id;
    };

    for (const row of facts.models.rows) {
      const nameEn = row.model_en ?? row.model;
      const slug = slugify(nameEn);
      const caveat = MODEL_CAVEATS[slug];
      await tx.aiModel.upsert({
        where: { slug },
        update: {},
        create: {
          slug,
          nameZh: row.model,
          nameEn,
          nameAsPrinted: row.model_as_printed ?? null,
          companyId: await companyId(row.company_en, row.company_zh),
          region: row.region,
          paramsB: row.params_b,
          moe: row.moe,
          inputs: row.input.join(","),
          outputs: row.output.join(","),
          openWeights: row.open,
          released: row.released,
          caveatZh: caveat?.zh ?? null,
          caveatEn: caveat?.en ?? null,
          source: facts.models.source,
        },
      });
    }

    for (const row of facts.capex_by_company.rows) {
      const meta = capexCompany(row.company);
      const id = await companyId(meta.nameEn, meta.nameZh, meta.ticker);
      await tx.capexFigure.upsert({
        where: { companyId_year_kind: { companyId: id, year: 2024, kind: "reported" } },
        update: {},
        create: {
          companyId: id,
          year: 2024,
          kind: "reported",
          usdBn: row.capex_2024,
          basis: row.fiscal_year,
          line: row.line,
          origin: "filing",
          source: `${meta.nameEn} annual report, cash flow statement: ${row.line}`,
        },
      });
    }
    for (const row of facts.capex_guidance_2025.rows) {
      const meta = capexCompany(row.company);
      const id = await companyId(meta.nameEn, meta.nameZh, meta.ticker);
      await tx.capexFigure.upsert({
        where: { companyId_year_kind: { companyId: id, year: 2025, kind: "guidance" } },
        update: {},
        create: {
          companyId: id,
          year: 2025,
          kind: "guidance",
          usdBn: row.usd_bn ?? null,
          usdBnLow: row.usd_bn_low ?? null,
          usdBnHigh: row.usd_bn_high ?? null,
          basis: row.period,
          line: row.what,
          origin: "statement",
          source: `${meta.nameEn} public statement${row.said ? `, ${row.said}` : ""}: ${row.what}`,
          saidOn: row.said,
        },
      });
    }

    const tc = r.training_cost;
    const keyFigures = [
      { key: "capex_total_2024", value: r.capex.total_2024_usd_bn, unit: "usd_bn", origin: "note", source: r.capex.basis },
      { key: "capex_growth_2025", value: r.capex.growth_2025_consensus, unit: "ratio", origin: "note", source: r.capex.basis },
      { key: "capex_total_2025_implied", value: r.capex.implied_total_2025_usd_bn, unit: "usd_bn", origin: "note", source: r.capex.basis },
      { key: "v3_gpu_hours", value: tc.deepseek_v3.gpu_hours_million, unit: "gpu_hours_m", origin: "note", source: tc.deepseek_v3.source },
      { key: "llama3_gpu_hours", value: tc.llama3_series.gpu_hours_million, unit: "gpu_hours_m", origin: "note", source: tc.llama3_series.source },
      { key: "v3_cost", value: tc.deepseek_v3.cost_usd_million, unit: "usd_m", origin: "note", source: tc.deepseek_v3.source },
      { key: "training_ratio_stated", value: tc.ratio_stated, unit: "ratio", origin: "note", source: "DeepSeek-V3 Technical Report; Llama 3 model card (as cited by the note)" },
      { key: "training_ratio_computed", value: tc.ratio_computed, unit: "ratio", origin: "note", source: "2.788M ÷ 39.3M GPU-hours" },
      { key: "stargate_usd_bn", value: 500, unit: "usd_bn", origin: "statement", source: `The Stargate Project announcement, ${r.stargate.announced}: ${r.stargate.note}` },
      { key: "stargate_initial_usd_bn", value: 100, unit: "usd_bn", origin: "statement", source: `The Stargate Project announcement, ${r.stargate.announced}: ${r.stargate.note}` },
    ];
    for (const figure of keyFigures) {
      await tx.keyFigure.upsert({ where: { key: figure.key }, update: {}, create: figure });
    }

    await tx.trainingRun.upsert({
      where: { slug: "deepseek-v3" },
      update: {},
      create: {
        slug: "deepseek-v3",
        model: "DeepSeek-V3",
        gpu: tc.deepseek_v3.gpu,
        gpuHoursMillion: tc.deepseek_v3.gpu_hours_million,
        clusterGpus: tc.deepseek_v3.cluster_gpus,
        duration: tc.deepseek_v3.duration,
        costUsdMillion: tc.deepseek_v3.cost_usd_million,
        source: tc.deepseek_v3.source,
      },
    });
    await tx.trainingRun.upsert({
      where: { slug: "llama-3" },
      update: {},
      create: {
        slug: "llama-3",
        model: "Llama 3",
        gpu: tc.llama3_series.gpu,
        gpuHoursMillion: tc.llama3_series.gpu_hours_million,
        source: tc.llama3_series.source,
      },
    });

    await tx.appMeta.upsert({ where: { key: SEED_MARKER }, update: { value: hash }, create: { key: SEED_MARKER, value: hash } });
  });
  return { skipped: false };
}
