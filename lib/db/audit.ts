import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { prisma } from "./client";

export type AuditRecord = {
  actor: string;
  action: "create" | "update" | "delete" | "import";
  entity: "model" | "capexFigure" | "dataset";
  entityKey: string;
  before: unknown;
  after: unknown;
};

/** Records a write inside the transaction that makes it, so the log and the data never disagree. */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditRecord): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actor: entry.actor,
      action: entry.action,
      entity: entry.entity,
      entityKey: entry.entityKey,
      before: entry.before === null ? null : JSON.stringify(entry.before),
      after: entry.after === null ? null : JSON.stringify(entry.after),
    },
  });
}

/** The latest audit entries, newest first, with before/after parsed back into JSON. */
export async function listAuditEntries(limit: number) {
  const rows = await prisma.auditEntry.findMany({ orderBy: { id: "desc" }, take: limit });
  return rows.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityKey: row.entityKey,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
  }));
}
