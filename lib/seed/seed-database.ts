import { createHash } from "node:crypto";

import { SYSTEM_ACTOR } from "../db/audit-record";
import { commitDataVersion } from "../db/data-versions";
import type { Facts, FactsZh } from "../facts/schema";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { dataMigrationContext, LATEST_DATA_VERSION, runDataMigrations } from "./data-migrations";
import type { SeedRows } from "./seed-rows";

type Tx = Prisma.TransactionClient;

const SEED_MARKER = "seed.factsHash";
const DATA_VERSION = "data.version";
const SEED_LOCK = "seed.lock";

export type SeedResult = { skipped: boolean; dataMigrations?: string[] };

/**
 * Seeds the database from facts.json and its Chinese edition. Idempotent: records are created only
 * when missing (an editor's later change is never overwritten), and a database already seeded from
 * the same files and at the latest data version is left untouched, so a model an editor deleted does
 * not come back at the next start. A database seeded by an earlier version first gets the pending
 * data migrations (lib/seed/data-migrations.ts), then the rows it lacks. A database without data
 * versions (lib/db/data-versions.ts) first gets its baseline: the rows as they are, before any
 * migration, so that history starts from the data as it was; each data migration that changes a row
 * and the rows the seed adds then advance the version.
 */
export async function seedDatabase(prisma: PrismaClient, facts: Facts, factsZh: FactsZh): Promise<SeedResult> {
  const hash = createHash("sha256")
    .update(JSON.stringify([facts, factsZh]))
    .digest("hex");
  if (isCurrent(await readSeedState(prisma), hash)) return { skipped: true };
  const context = dataMigrationContext(facts, factsZh);
  return prisma.$transaction(async (tx) => {
    // Several instances may start on one fresh PostgreSQL database at once: the lock makes the later
    // seeds wait for the first to commit, then find its rows and skip.
    await lockSeed(tx);
    const state = await readSeedState(tx);
    if (isCurrent(state, hash)) return { skipped: true };
    const seededBefore = state.hash !== null;
    if (seededBefore && !state.versioned) await commitDataVersion(tx, SYSTEM_ACTOR, null);
    const dataMigrations = seededBefore ? await runDataMigrations(tx, state.dataVersion, context) : [];
    await createMissingRows(tx, context.rows);
    await commitDataVersion(tx, SYSTEM_ACTOR, null);
    await writeMeta(tx, SEED_MARKER, hash);
    await writeMeta(tx, DATA_VERSION, String(LATEST_DATA_VERSION));
    return { skipped: false, dataMigrations };
  }, SEED_TRANSACTION);
}

// A seed waiting for another instance's lock, or writing every row of a fresh database on a busy
// machine, can take longer than Prisma's default 5 s for an interactive transaction.
const SEED_TRANSACTION = { maxWait: 30_000, timeout: 120_000 };

/** `dataVersion`: the data migrations it has had; `versioned`: whether it has a data-version baseline. */
type SeedState = { hash: string | null; dataVersion: number; versioned: boolean };

const isCurrent = (state: SeedState, hash: string) =>
  state.hash === hash && state.dataVersion >= LATEST_DATA_VERSION && state.versioned;

async function readSeedState(db: Tx): Promise<SeedState> {
  const meta = await db.appMeta.findMany({ where: { key: { in: [SEED_MARKER, DATA_VERSION] } } });
  const value = (key: string) => meta.find((row) => row.key === key)?.value ?? null;
  // A database seeded before data migrations existed is at version 0.
  const versioned = (await db.dataVersion.findFirst({ select: { id: true } })) !== null;
  return { hash: value(SEED_MARKER), dataVersion: Number(value(DATA_VERSION) ?? 0), versioned };
}

/** A row lock held until the transaction ends (PostgreSQL); SQLite's write lock does the same. */
async function lockSeed(tx: Tx): Promise<void> {
  const now = new Date().toISOString();
  await tx.$executeRaw`INSERT INTO "AppMeta" ("key", "value") VALUES (${SEED_LOCK}, ${now}) ON CONFLICT ("key") DO UPDATE SET "value" = ${now}`;
}

async function writeMeta(tx: Tx, key: string, value: string): Promise<void> {
  await tx.appMeta.upsert({ where: { key }, update: { value }, create: { key, value } });
}

async function createMissingRows(tx: Tx, rows: SeedRows): Promise<void> {
  await createReport(tx, rows);
  const companyIds = await createCompanies(tx, rows);
  const companyId = (slug: string) => {
    const id = companyIds.get(slug);
    if (id === undefined) throw new Error(`The seed names an unknown company: ${slug}`);
    return id;
  };
  await createModels(tx, rows, companyId);
  await createCapexFigures(tx, rows, companyId);
  await createCompanyBasis(tx, rows, companyId);
  await createKeyFigures(tx, rows);
  await createTrainingRuns(tx, rows);
}

async function createReport(tx: Tx, rows: SeedRows): Promise<void> {
  const report = await tx.report.upsert({ where: { slug: rows.report.slug }, update: {}, create: rows.report });
  for (const analyst of rows.analysts) {
    await tx.analyst.upsert({
      where: { reportId_position: { reportId: report.id, position: analyst.position } },
      update: {},
      create: { reportId: report.id, ...analyst },
    });
  }
}

/** Companies by slug; a capex company gets its ticker even if a model row created it first. */
async function createCompanies(tx: Tx, rows: SeedRows): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const company of rows.companies) {
    const row = await tx.company.upsert({
      where: { slug: company.slug },
      update: company.ticker ? { ticker: company.ticker } : {},
      create: company,
    });
    ids.set(company.slug, row.id);
  }
  return ids;
}

async function createModels(tx: Tx, rows: SeedRows, companyId: (slug: string) => number): Promise<void> {
  for (const { company, ...model } of rows.models) {
    await tx.aiModel.upsert({
      where: { slug: model.slug },
      update: {},
      create: { ...model, companyId: companyId(company) },
    });
  }
}

async function createCapexFigures(tx: Tx, rows: SeedRows, companyId: (slug: string) => number): Promise<void> {
  for (const { company, ...figure } of rows.capexFigures) {
    const id = companyId(company);
    await tx.capexFigure.upsert({
      where: { companyId_year_kind: { companyId: id, year: figure.year, kind: figure.kind } },
      update: {},
      create: { ...figure, companyId: id },
    });
  }
}

async function createCompanyBasis(tx: Tx, rows: SeedRows, companyId: (slug: string) => number): Promise<void> {
  for (const { company, ...amount } of rows.companyBasis) {
    const id = companyId(company);
    await tx.capexCompanyBasis.upsert({
      where: {
        companyId_fiscalYear_kind_sequence: {
          companyId: id,
          fiscalYear: amount.fiscalYear,
          kind: amount.kind,
          sequence: amount.sequence,
        },
      },
      update: {},
      create: { ...amount, companyId: id },
    });
  }
}

async function createKeyFigures(tx: Tx, rows: SeedRows): Promise<void> {
  for (const figure of rows.keyFigures) {
    await tx.keyFigure.upsert({ where: { key: figure.key }, update: {}, create: figure });
  }
}

async function createTrainingRuns(tx: Tx, rows: SeedRows): Promise<void> {
  for (const run of rows.trainingRuns) {
    await tx.trainingRun.upsert({ where: { slug: run.slug }, update: {}, create: run });
  }
}
