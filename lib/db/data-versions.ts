import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { AuditActor } from "./audit-record";
import {
  readCapexFiguresWithCompany,
  readCompanyBasisWithCompany,
  readModelsWithCompany,
  type CapexFigureWithCompany,
  type CompanyBasisWithCompany,
  type ModelWithCompany,
} from "./joined-reads";

// Data versions: every committed write of the versioned tables (models, capex figures, company-basis
// amounts) advances one version, and the rows it changed are kept as they became, so any version's
// rows can be read back. No `server-only` here: the seed (a plain Node script) commits versions too.
// See docs/database-and-deployment.md, "Data versions".

type Db = PrismaClient | Prisma.TransactionClient;

/** The rows the views read, as they were at one version (the texts that are data included). */
export type DataSnapshot = {
  models: ModelWithCompany[];
  capexFigures: CapexFigureWithCompany[];
  companyBasis: CompanyBasisWithCompany[];
};
export type VersionedEntity = "model" | "capexFigure" | "companyBasis";
const ENTITIES: readonly VersionedEntity[] = ["model", "capexFigure", "companyBasis"];

type Row = ModelWithCompany | CapexFigureWithCompany | CompanyBasisWithCompany;
const rowKey = (entity: VersionedEntity, row: Row): string =>
  entity === "model" ? (row as ModelWithCompany).slug : String(row.id);

async function readCurrent(db: Db): Promise<DataSnapshot> {
  const client = db as PrismaClient;
  const [models, capexFigures, companyBasis] = await Promise.all([
    readModelsWithCompany(client),
    readCapexFiguresWithCompany(client),
    readCompanyBasisWithCompany(client),
  ]);
  return { models, capexFigures, companyBasis };
}

const rowsOf = (snapshot: DataSnapshot, entity: VersionedEntity): Row[] =>
  entity === "model" ? snapshot.models : entity === "capexFigure" ? snapshot.capexFigures : snapshot.companyBasis;

/** Each row's latest history entry at or before `version` (all versions when undefined), by entity and key. */
async function historyAsOf(db: Db, version?: number) {
  const entries = await db.dataRowHistory.findMany({
    where: version === undefined ? {} : { versionId: { lte: version } },
    orderBy: { versionId: "asc" },
    select: { entity: true, rowKey: true, data: true, versionId: true },
  });
  const latest = new Map<string, (typeof entries)[number]>();
  for (const entry of entries) latest.set(`${entry.entity}\u0000${entry.rowKey}`, entry);
  return latest;
}

// A row lock every committing transaction takes before it numbers its version, held to its commit: on
// PostgreSQL two writers' versions are then numbered in commit order, so a version once readable
// never gains rows later (SQLite serializes writers anyway).
const VERSION_LOCK = "data.versionLock";
async function lockVersions(tx: Db): Promise<void> {
  const now = new Date().toISOString();
  await tx.$executeRaw`INSERT INTO "AppMeta" ("key", "value") VALUES (${VERSION_LOCK}, ${now}) ON CONFLICT ("key") DO UPDATE SET "value" = ${now}`;
}

/**
 * Advances the data version for the write `tx` has just made: compares the versioned tables with
 * their history and records every row that changed (created, updated, deleted) under a new version,
 * with who wrote it and its audit entry. Call it last in every write's transaction (lib/db writes,
 * the import, the seed and its data migrations). Returns the new version, or null when the write
 * changed no versioned row (e.g. a data migration that skipped).
 */
export async function commitDataVersion(
  tx: Prisma.TransactionClient,
  actor: AuditActor,
  auditEntryId: number | null,
): Promise<number | null> {
  await lockVersions(tx);
  const [current, history] = await Promise.all([readCurrent(tx), historyAsOf(tx)]);
  const changes: { entity: VersionedEntity; rowKey: string; data: string | null; deleted: boolean }[] = [];
  for (const entity of ENTITIES) {
    const seen = new Set<string>();
    for (const row of rowsOf(current, entity)) {
      const key = rowKey(entity, row);
      seen.add(key);
      const data = JSON.stringify(row);
      if (history.get(`${entity}\u0000${key}`)?.data !== data)
        changes.push({ entity, rowKey: key, data, deleted: false });
    }
    for (const entry of history.values()) {
      if (entry.entity === entity && entry.data !== null && !seen.has(entry.rowKey))
        changes.push({ entity, rowKey: entry.rowKey, data: null, deleted: true });
    }
  }
  if (changes.length === 0) return null;
  const version = await tx.dataVersion.create({
    data: { actor: actor.name, actorKind: actor.kind, channel: actor.channel, auditEntryId },
  });
  await tx.dataRowHistory.createMany({ data: changes.map((change) => ({ ...change, versionId: version.id })) });
  return version.id;
}

function revive<T extends Row>(json: string): T {
  const row = JSON.parse(json) as T & { updatedAt: string };
  return { ...row, updatedAt: new Date(row.updatedAt) } as T;
}

function compare(a: (number | string)[], b: (number | string)[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i]! < b[i]!) return -1;
    if (a[i]! > b[i]!) return 1;
  }
  return 0;
}

/** The versioned rows as they were at `version`, in the order the current reads give them (joined-reads.ts). */
export async function readSnapshotAsOf(db: Db, version: number): Promise<DataSnapshot> {
  const latest = await historyAsOf(db, version);
  const snapshot: DataSnapshot = { models: [], capexFigures: [], companyBasis: [] };
  for (const entry of latest.values()) {
    if (entry.data === null) continue;
    if (entry.entity === "model") snapshot.models.push(revive(entry.data));
    else if (entry.entity === "capexFigure") snapshot.capexFigures.push(revive(entry.data));
    else if (entry.entity === "companyBasis") snapshot.companyBasis.push(revive(entry.data));
  }
  snapshot.models.sort((a, b) => a.id - b.id);
  snapshot.capexFigures.sort((a, b) => compare([a.company.id, a.year, a.id], [b.company.id, b.year, b.id]));
  snapshot.companyBasis.sort((a, b) =>
    compare([a.company.id, a.fiscalYear, a.kind, a.sequence], [b.company.id, b.fiscalYear, b.kind, b.sequence]),
  );
  return snapshot;
}

/** The latest data version, or null on a database without versions yet (before its first seed). */
export async function latestDataVersion(db: Db): Promise<number | null> {
  const latest = await db.dataVersion.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return latest?.id ?? null;
}

export type DataVersionInfo = { id: number; createdAt: Date; actor: string; actorKind: string; channel: string };

export async function findDataVersion(db: Db, version: number): Promise<DataVersionInfo | null> {
  return db.dataVersion.findUnique({
    where: { id: version },
    select: { id: true, createdAt: true, actor: true, actorKind: true, channel: true },
  });
}

/**
 * How many versions were committed after `version`: all of them, or (given `entities`) those that
 * changed a row of one of those tables, the updates a view of those rows has had since.
 */
export async function countVersionsAfter(
  db: Db,
  version: number,
  entities?: readonly VersionedEntity[],
): Promise<number> {
  if (entities === undefined) return db.dataVersion.count({ where: { id: { gt: version } } });
  if (entities.length === 0) return 0;
  const versions = await db.dataRowHistory.findMany({
    where: { versionId: { gt: version }, entity: { in: [...entities] } },
    distinct: ["versionId"],
    select: { versionId: true },
  });
  return versions.length;
}

/** One row's change in one version: what it was before (null: created) and what it became (null: deleted). */
export type RowChange<T extends Row = Row> = {
  entity: VersionedEntity;
  rowKey: string;
  version: DataVersionInfo;
  before: T | null;
  after: T | null;
};

/** Every row change committed after `from`, oldest first, each with its previous state and who made it. */
export async function changesSince(db: Db, from: number): Promise<RowChange[]> {
  const previous = await historyAsOf(db, from);
  const entries = await db.dataRowHistory.findMany({
    where: { versionId: { gt: from } },
    orderBy: [{ versionId: "asc" }, { id: "asc" }],
    include: { version: { select: { id: true, createdAt: true, actor: true, actorKind: true, channel: true } } },
  });
  const state = new Map([...previous].map(([key, entry]) => [key, entry.data]));
  return entries.map((entry) => {
    const key = `${entry.entity}\u0000${entry.rowKey}`;
    const before = state.get(key) ?? null;
    state.set(key, entry.data);
    return {
      entity: entry.entity as VersionedEntity,
      rowKey: entry.rowKey,
      version: entry.version,
      before: before === null ? null : revive(before),
      after: entry.data === null ? null : revive(entry.data),
    };
  });
}
