import type { Prisma } from "../generated/prisma/client";
import { commitDataVersion } from "./data-versions";

// Apart from audit.ts (server-only, with the app's client) so that the seed, which runs as a plain
// Node script, records its data migrations through the same function as the app's writes.

/** Who made a write, and how: the audit log's "who". */
export type AuditActor = {
  /** A user's e-mail (or name), an API token's name, or "system" for the seed's data migrations. */
  name: string;
  kind: "user" | "token" | "system";
  channel: "admin" | "api" | "import" | "seed";
  /** The client address (lib/request/forwarded.ts); null for the seed. */
  address: string | null;
};

export const SYSTEM_ACTOR: AuditActor = { name: "system", kind: "system", channel: "seed", address: null };

export type AuditRecord = {
  actor: AuditActor;
  action: "create" | "update" | "delete" | "import" | "revoke" | "data-migration";
  entity: "model" | "capexFigure" | "dataset" | "apiToken";
  entityKey: string;
  before: unknown;
  after: unknown;
};

/** Records a write inside the transaction that makes it, so the log and the data never disagree; returns the entry's id. */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditRecord): Promise<number> {
  const { id } = await tx.auditEntry.create({
    data: {
      actor: entry.actor.name,
      actorKind: entry.actor.kind,
      channel: entry.actor.channel,
      address: entry.actor.address,
      action: entry.action,
      entity: entry.entity,
      entityKey: entry.entityKey,
      before: entry.before === null ? null : JSON.stringify(entry.before),
      after: entry.after === null ? null : JSON.stringify(entry.after),
    },
    select: { id: true },
  });
  return id;
}

/**
 * Records a write of versioned data (models, capex figures, company-basis amounts): its audit entry
 * and the data version it advances (lib/db/data-versions.ts), in the write's transaction. Every such
 * write goes through here.
 */
export async function recordDataWrite(
  tx: Prisma.TransactionClient,
  entry: AuditRecord,
): Promise<{ auditEntryId: number; dataVersion: number | null }> {
  const auditEntryId = await recordAudit(tx, entry);
  return { auditEntryId, dataVersion: await commitDataVersion(tx, entry.actor, auditEntryId) };
}
