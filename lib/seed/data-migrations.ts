import { recordDataWrite, SYSTEM_ACTOR } from "../db/audit-record";
import type { Facts, FactsZh } from "../facts/schema";
import type { Prisma } from "../generated/prisma/client";
import { buildSeedRows, type SeedRows } from "./seed-rows";

/**
 * Versioned changes to data a database was seeded with. The seed fills in what is missing but never
 * overwrites a row (an editor may have changed it); when facts or the seed's texts change, an entry
 * here updates the rows still holding the value an earlier seed wrote and leaves every other value
 * alone. Each entry runs once per database, in version order (`data.version` in AppMeta), inside the
 * seed's transaction, and writes an audit entry (actor `system`, action `data-migration`) saying
 * whether it applied or skipped. A freshly seeded database starts at the latest version.
 */
type Tx = Prisma.TransactionClient;
/** `isoDateRows`: the same rows with the English texts as the seed wrote them before migration 4 (ISO dates). */
export type DataMigrationContext = { rows: SeedRows; isoDateRows: SeedRows; facts: Facts };

export const dataMigrationContext = (facts: Facts, zh: FactsZh): DataMigrationContext => ({
  rows: buildSeedRows(facts, zh),
  isoDateRows: buildSeedRows(facts, zh, "iso"),
  facts,
});
export type DataMigration = {
  version: number;
  name: string;
  run: (tx: Tx, context: DataMigrationContext) => Promise<void>;
};

type FigureKey = { company: string; year: number; kind: string };

/**
 * How a data migration of one capex figure is audited: one entry per outcome (applied or skipped),
 * written after the change, so the data version it advances holds the new row.
 */
function figureMigrationAudit(
  tx: Tx,
  name: string,
  key: FigureKey,
  before: ({ id: number } & Record<string, unknown>) | null,
): (after: object) => Promise<void> {
  return async (after) => {
    const { id, ...fields } = before ?? { id: null };
    await recordDataWrite(tx, {
      actor: SYSTEM_ACTOR,
      action: "data-migration",
      entity: "capexFigure",
      entityKey: id !== null ? String(id) : `${key.company}/${key.year}/${key.kind}`,
      before: before ? { ...key, ...fields } : null,
      after: { migration: name, ...after },
    });
  };
}

/** facts.json's first version gave Amazon's 2024 capex as 83.004; its 2024 and 2025 10-Ks print 82.999. */
export const AMAZON_2024_FIRST_SEED_USD_BN = 83.004;

async function correctAmazon2024(tx: Tx, { rows }: DataMigrationContext, name: string): Promise<void> {
  const key = { company: "amazon", year: 2024, kind: "reported" } as const;
  const target = rows.capexFigures.find(
    (row) => row.company === key.company && row.year === key.year && row.kind === key.kind,
  )?.usdBn;
  if (target == null) throw new Error("The seed has no Amazon 2024 reported figure to correct to");
  const figure = await tx.capexFigure.findFirst({
    where: { company: { slug: key.company }, year: key.year, kind: key.kind },
  });
  const audit = figureMigrationAudit(
    tx,
    name,
    key,
    figure && { id: figure.id, usdBn: figure.usdBn, version: figure.version },
  );

  if (!figure) return audit({ result: "skipped", reason: "no Amazon 2024 reported figure in the database" });
  if (figure.usdBn !== AMAZON_2024_FIRST_SEED_USD_BN) {
    return audit({
      result: "skipped",
      reason: `holds ${figure.usdBn}, not the first seed's ${AMAZON_2024_FIRST_SEED_USD_BN}: kept as it is`,
      usdBn: figure.usdBn,
    });
  }
  const { count } = await tx.capexFigure.updateMany({
    where: { id: figure.id, usdBn: AMAZON_2024_FIRST_SEED_USD_BN },
    data: { usdBn: target, version: { increment: 1 } },
  });
  return count === 1
    ? audit({ result: "applied", ...key, usdBn: target, version: figure.version + 1 })
    : audit({ result: "skipped", reason: "changed while the migration ran" });
}

/**
 * facts.json's Meta 2025 row first gave the results press release as the 10-K's address; it now
 * points at the filing on EDGAR and keeps the release as `results_release_url`.
 */
export const META_10K_FIRST_SEED_URL =
  "https://www.prnewswire.com/news-releases/meta-reports-fourth-quarter-and-full-year-2025-results-302673127.html";

/** Points Meta's 2025 10-K figure at the filing where it still holds the release's address. */
async function meta10kOnEdgar(tx: Tx, { rows }: DataMigrationContext, name: string): Promise<void> {
  const key = { company: "meta", year: 2025, kind: "reported" } as const;
  const target = rows.capexFigures.find(
    (row) => row.company === key.company && row.year === key.year && row.kind === key.kind,
  )?.sourceUrl;
  if (!target) throw new Error("The seed has no Meta 2025 10-K address to point at");
  const figure = await tx.capexFigure.findFirst({
    where: { company: { slug: key.company }, year: key.year, kind: key.kind },
  });
  const audit = figureMigrationAudit(
    tx,
    name,
    key,
    figure && { id: figure.id, sourceUrl: figure.sourceUrl, version: figure.version },
  );

  if (!figure) return audit({ result: "skipped", reason: "no Meta 2025 reported figure in the database" });
  if (figure.sourceUrl !== META_10K_FIRST_SEED_URL) {
    return audit({
      result: "skipped",
      reason: "its address is not the first seed's results release: kept as it is",
      sourceUrl: figure.sourceUrl,
    });
  }
  const { count } = await tx.capexFigure.updateMany({
    where: { id: figure.id, sourceUrl: META_10K_FIRST_SEED_URL },
    data: { sourceUrl: target, version: { increment: 1 } },
  });
  return count === 1
    ? audit({ result: "applied", ...key, sourceUrl: target, version: figure.version + 1 })
    : audit({ result: "skipped", reason: "changed while the migration ran" });
}

type TextPair = { zh: string | null; en: string | null };
type TextChange = { field: string; firstSeed: TextPair; next: TextPair };
type TextOutcome = { data: Record<string, string | null>; updated: string[]; kept: string[] };

/** Which of a row's bilingual fields still hold the first seed's text (then take the new one) and which an editor changed. */
function textUpdates(current: Record<string, unknown>, changes: TextChange[]): TextOutcome {
  const outcome: TextOutcome = { data: {}, updated: [], kept: [] };
  for (const { field, firstSeed, next } of changes) {
    const now = { zh: current[`${field}Zh`] ?? null, en: current[`${field}En`] ?? null };
    if (now.zh === next.zh && now.en === next.en) continue;
    if (now.zh === firstSeed.zh && now.en === firstSeed.en) {
      outcome.data[`${field}Zh`] = next.zh;
      outcome.data[`${field}En`] = next.en;
      outcome.updated.push(field);
    } else {
      outcome.kept.push(field);
    }
  }
  return outcome;
}

/** The first seed wrote one language: the schema migration copied that text into both columns. */
const copiedFromFirstSeed = (en: string | null): TextPair => ({ zh: en, en });

/** Texts the first seed wrote differently from today's seed (everything else it wrote in English as today). */
const FIRST_SEED_CAVEATS_ZH: Record<string, string> = {
  o1: "300B 为研报所列数字,OpenAI 并未公开 o1 的参数量。研报原表写作 “GPT-o1”。",
  "deepseek-r1": "DeepSeek-R1 为混合专家(MoE)模型,激活参数 37B;研报表格未标注 MoE。",
  "yi-vl": "Yi-VL 是视觉-语言模型,研报表格将其模态列为 文本;文本。",
};
const FIRST_SEED_COMPANY_NAMES_ZH: Record<string, string> = { alphabet: "Alphabet(谷歌)" };
/** Key-figure sources the first seed wrote that today's seed words differently (the 7% is the note's own). */
export const FIRST_SEED_KEY_FIGURE_SOURCES: Record<string, string> = {
  training_ratio_stated: "DeepSeek-V3 Technical Report; Llama 3 model card (as cited by the note)",
};
const firstSeedKeyFigureSource = (row: { key: string; sourceEn: string }) =>
  FIRST_SEED_KEY_FIGURE_SOURCES[row.key] ?? row.sourceEn;

/**
 * Gives rows still holding the first seed's English-only text their Chinese edition (and the
 * rewritten models source line, which named data fields), row by row and field by field: a text an
 * editor changed stays, and is listed in the audit entry as kept.
 */
async function bilingualSeededTexts(
  tx: Tx,
  { rows, isoDateRows, facts }: DataMigrationContext,
  name: string,
): Promise<void> {
  const { updated, kept, note } = textOutcomes();

  for (const [index, row] of rows.capexFigures.entries()) {
    const current = await tx.capexFigure.findFirst({
      where: { company: { slug: row.company }, year: row.year, kind: row.kind },
    });
    if (!current) continue;
    // The first seed wrote English with ISO dates; today's texts (both languages) replace it.
    const firstSeed = isoDateRows.capexFigures[index]!;
    const outcome = textUpdates(current, [
      { field: "basis", firstSeed: copiedFromFirstSeed(firstSeed.basisEn), next: { zh: row.basisZh, en: row.basisEn } },
      { field: "line", firstSeed: copiedFromFirstSeed(firstSeed.lineEn), next: { zh: row.lineZh, en: row.lineEn } },
      {
        field: "source",
        firstSeed: copiedFromFirstSeed(firstSeed.sourceEn),
        next: { zh: row.sourceZh, en: row.sourceEn },
      },
      { field: "measure", firstSeed: { zh: null, en: null }, next: { zh: row.measureZh, en: row.measureEn } },
    ]);
    if (outcome.updated.length > 0) {
      await tx.capexFigure.updateMany({
        where: { id: current.id, version: current.version },
        data: { ...outcome.data, version: { increment: 1 } },
      });
    }
    note(`capexFigure ${row.company}/${row.year}/${row.kind}`, outcome);
  }

  for (const row of rows.models) {
    const current = await tx.aiModel.findUnique({ where: { slug: row.slug } });
    if (!current) continue;
    const caveatZh = FIRST_SEED_CAVEATS_ZH[row.slug];
    const outcome = textUpdates(current, [
      {
        field: "source",
        firstSeed: copiedFromFirstSeed(facts.models.source),
        next: { zh: row.sourceZh, en: row.sourceEn },
      },
      ...(caveatZh
        ? [
            {
              field: "caveat",
              firstSeed: { zh: caveatZh, en: row.caveatEn },
              next: { zh: row.caveatZh, en: row.caveatEn },
            },
          ]
        : []),
    ]);
    if (outcome.updated.length > 0) {
      await tx.aiModel.updateMany({
        where: { id: current.id, version: current.version },
        data: { ...outcome.data, version: { increment: 1 } },
      });
    }
    note(`model ${row.slug}`, outcome);
  }

  for (const [index, row] of rows.keyFigures.entries()) {
    const current = await tx.keyFigure.findUnique({ where: { key: row.key } });
    if (!current) continue;
    const outcome = textUpdates(current, [
      {
        field: "source",
        firstSeed: copiedFromFirstSeed(firstSeedKeyFigureSource(isoDateRows.keyFigures[index]!)),
        next: { zh: row.sourceZh, en: row.sourceEn },
      },
    ]);
    if (outcome.updated.length > 0) await tx.keyFigure.update({ where: { key: row.key }, data: outcome.data });
    note(`keyFigure ${row.key}`, outcome);
  }

  for (const row of rows.trainingRuns) {
    const current = await tx.trainingRun.findUnique({ where: { slug: row.slug } });
    if (!current) continue;
    const outcome = textUpdates(current, [
      { field: "source", firstSeed: copiedFromFirstSeed(row.sourceEn), next: { zh: row.sourceZh, en: row.sourceEn } },
    ]);
    if (outcome.updated.length > 0) await tx.trainingRun.update({ where: { slug: row.slug }, data: outcome.data });
    note(`trainingRun ${row.slug}`, outcome);
  }

  for (const row of rows.companies) {
    const firstSeedZh = FIRST_SEED_COMPANY_NAMES_ZH[row.slug];
    const current = firstSeedZh ? await tx.company.findUnique({ where: { slug: row.slug } }) : null;
    if (!firstSeedZh || !current) continue;
    const outcome = textUpdates(current, [
      { field: "name", firstSeed: { zh: firstSeedZh, en: row.nameEn }, next: { zh: row.nameZh, en: row.nameEn } },
    ]);
    if (outcome.updated.length > 0) await tx.company.update({ where: { slug: row.slug }, data: outcome.data });
    note(`company ${row.slug}`, outcome);
  }

  await textMigrationAudit(tx, name, updated, kept);
}

/** What a text migration did, row by row: "capexFigure meta/2025/guidance: line, source". */
function textOutcomes() {
  const updated: string[] = [];
  const kept: string[] = [];
  const note = (label: string, outcome: TextOutcome) => {
    if (outcome.updated.length > 0) updated.push(`${label}: ${outcome.updated.join(", ")}`);
    if (outcome.kept.length > 0) kept.push(`${label}: ${outcome.kept.join(", ")}`);
  };
  return { updated, kept, note };
}

/** A text migration's one audit entry (and so one data version): the fields it updated and those it kept. */
async function textMigrationAudit(tx: Tx, name: string, updated: string[], kept: string[]): Promise<void> {
  await recordDataWrite(tx, {
    actor: SYSTEM_ACTOR,
    action: "data-migration",
    entity: "dataset",
    entityKey: name,
    before: null,
    after: { migration: name, result: updated.length > 0 ? "applied" : "skipped", updated, kept },
  });
}

/**
 * The seed wrote facts.json's ISO dates into English texts ("Meta public statement, 2025-01-24",
 * "filed 2026-01-29", "confirmed on the Q4 call 2025-01-29"); en pages write dates "Jan 24, 2025".
 * A text still as the seed wrote it gets the same date in that style; an editor's text stays.
 */
async function englishDatesInSeededTexts(
  tx: Tx,
  { rows, isoDateRows }: DataMigrationContext,
  name: string,
): Promise<void> {
  const { updated, kept, note } = textOutcomes();
  // Only the texts that had a date: any other field is not this migration's to judge.
  const change = (field: string, zh: string | null, isoEn: string | null, en: string | null): TextChange[] =>
    isoEn === en ? [] : [{ field, firstSeed: { zh, en: isoEn }, next: { zh, en } }];

  for (const [index, row] of rows.capexFigures.entries()) {
    const iso = isoDateRows.capexFigures[index]!;
    const current = await tx.capexFigure.findFirst({
      where: { company: { slug: row.company }, year: row.year, kind: row.kind },
    });
    if (!current) continue;
    const outcome = textUpdates(current, [
      ...change("line", row.lineZh, iso.lineEn, row.lineEn),
      ...change("source", row.sourceZh, iso.sourceEn, row.sourceEn),
    ]);
    if (outcome.updated.length > 0) {
      await tx.capexFigure.updateMany({
        where: { id: current.id, version: current.version },
        data: { ...outcome.data, version: { increment: 1 } },
      });
    }
    note(`capexFigure ${row.company}/${row.year}/${row.kind}`, outcome);
  }

  for (const [index, row] of rows.companyBasis.entries()) {
    const iso = isoDateRows.companyBasis[index]!;
    const current = await tx.capexCompanyBasis.findFirst({
      where: { company: { slug: row.company }, fiscalYear: row.fiscalYear, kind: row.kind, sequence: row.sequence },
    });
    if (!current) continue;
    const outcome = textUpdates(current, [
      ...change("what", row.whatZh, iso.whatEn, row.whatEn),
      ...change("source", row.sourceZh, iso.sourceEn, row.sourceEn),
    ]);
    if (outcome.updated.length > 0) {
      await tx.capexCompanyBasis.updateMany({
        where: { id: current.id, version: current.version },
        data: { ...outcome.data, version: { increment: 1 } },
      });
    }
    note(`companyBasis ${row.company}/${row.fiscalYear}/${row.kind}/${row.sequence}`, outcome);
  }

  for (const [index, row] of rows.keyFigures.entries()) {
    const current = await tx.keyFigure.findUnique({ where: { key: row.key } });
    if (!current) continue;
    const outcome = textUpdates(
      current,
      change("source", row.sourceZh, isoDateRows.keyFigures[index]!.sourceEn, row.sourceEn),
    );
    if (outcome.updated.length > 0) await tx.keyFigure.update({ where: { key: row.key }, data: outcome.data });
    note(`keyFigure ${row.key}`, outcome);
  }

  await textMigrationAudit(tx, name, updated, kept);
}

/**
 * Key-figure sources as the bilingual seed first wrote them (and the bilingual-texts migration copied
 * in), before the 7% was sourced to the note: neither the V3 report nor the Llama 3 card states it.
 */
export const BILINGUAL_SEED_KEY_FIGURE_SOURCES: Record<string, { zh: string; en: string }> = {
  training_ratio_stated: {
    zh: "DeepSeek-V3 技术报告；Llama 3 模型卡（研报引用）",
    en: "DeepSeek-V3 Technical Report; Llama 3 model card (as cited by the note)",
  },
};

/** Gives a key figure still holding that source today's (the note's own), in both languages; an editor's stays. */
async function keyFigureSourcesTheNote(tx: Tx, { rows }: DataMigrationContext, name: string): Promise<void> {
  const { updated, kept, note } = textOutcomes();
  for (const row of rows.keyFigures) {
    const earlier = BILINGUAL_SEED_KEY_FIGURE_SOURCES[row.key];
    const current = earlier ? await tx.keyFigure.findUnique({ where: { key: row.key } }) : null;
    if (!earlier || !current) continue;
    const outcome = textUpdates(current, [
      { field: "source", firstSeed: earlier, next: { zh: row.sourceZh, en: row.sourceEn } },
    ]);
    if (outcome.updated.length > 0) await tx.keyFigure.update({ where: { key: row.key }, data: outcome.data });
    note(`keyFigure ${row.key}`, outcome);
  }
  await textMigrationAudit(tx, name, updated, kept);
}

const named = (name: string, run: (tx: Tx, context: DataMigrationContext, name: string) => Promise<void>) => ({
  name,
  run: (tx: Tx, context: DataMigrationContext) => run(tx, context, name),
});

export const DATA_MIGRATIONS: readonly DataMigration[] = [
  { version: 1, ...named("amazon-2024-capex-82.999", correctAmazon2024) },
  { version: 2, ...named("bilingual-seeded-texts", bilingualSeededTexts) },
  { version: 3, ...named("meta-10k-on-edgar", meta10kOnEdgar) },
  { version: 4, ...named("english-dates-in-seeded-texts", englishDatesInSeededTexts) },
  { version: 5, ...named("training-ratio-sourced-to-the-note", keyFigureSourcesTheNote) },
];

export const LATEST_DATA_VERSION = DATA_MIGRATIONS.at(-1)?.version ?? 0;

/** Runs the migrations after `fromVersion`, in order; returns their names. */
export async function runDataMigrations(tx: Tx, fromVersion: number, context: DataMigrationContext): Promise<string[]> {
  const pending = DATA_MIGRATIONS.filter((migration) => migration.version > fromVersion);
  for (const migration of pending) await migration.run(tx, context);
  return pending.map((migration) => migration.name);
}

/**
 * The first seed's English texts with today's edition in both languages, e.g. "FY2024 (Jul 2023 -
 * Jun 2024)" → 2024 财年（2023.7–2024.6）. A document exported in the first format (one text per
 * field) gets its Chinese back from here on import; any other text stands for both languages.
 */
export function firstSeedTextEditions({
  rows,
  isoDateRows,
  facts,
}: DataMigrationContext): Map<string, { zh: string; en: string }> {
  const editions = new Map<string, { zh: string; en: string }>();
  const add = (firstSeed: string | null, zh: string | null, en: string | null) => {
    if (firstSeed !== null && zh !== null && en !== null && !editions.has(firstSeed))
      editions.set(firstSeed, { zh, en });
  };
  // The first seed's English had ISO dates (isoDateRows); today's edition has en dates.
  for (const [index, row] of rows.capexFigures.entries()) {
    const firstSeed = isoDateRows.capexFigures[index]!;
    add(firstSeed.basisEn, row.basisZh, row.basisEn);
    add(firstSeed.lineEn, row.lineZh, row.lineEn);
    add(firstSeed.sourceEn, row.sourceZh, row.sourceEn);
  }
  for (const [index, row] of rows.keyFigures.entries())
    add(firstSeedKeyFigureSource(isoDateRows.keyFigures[index]!), row.sourceZh, row.sourceEn);
  for (const row of rows.trainingRuns) add(row.sourceEn, row.sourceZh, row.sourceEn);
  for (const row of rows.models) add(facts.models.source, row.sourceZh, row.sourceEn);
  return editions;
}
