import type { Prisma } from "../generated/prisma/client";

// Apart from audit.ts (server-only, with the app's client) so that the seed, which runs as a plain
// Node script, records its data migrations through the same function as the app's writes.

export type AuditRecord = {
  actor: string;
  action: "create" | "update" | "delete" | "import" | "data-migration";
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
