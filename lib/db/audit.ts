import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { prisma } from "./client";

/** Who made a write, and how: the audit log's "who". */
export type AuditActor = {
  /** A user's e-mail (or name), or an API token's name. */
  name: string;
  kind: "user" | "token";
  channel: "admin" | "api" | "import";
  /** The client address (lib/auth/client-address.ts). */
  address: string | null;
};

export type AuditRecord = {
  actor: AuditActor;
  action: "create" | "update" | "delete" | "import" | "revoke";
  entity: "model" | "capexFigure" | "dataset" | "apiToken";
  entityKey: string;
  before: unknown;
  after: unknown;
};

/** Records a write inside the transaction that makes it, so the log and the data never disagree. */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditRecord): Promise<void> {
  await tx.auditEntry.create({
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
  });
}

/** The latest audit entries, newest first, with before/after parsed back into JSON. */
export async function listAuditEntries(limit: number) {
  const rows = await prisma.auditEntry.findMany({ orderBy: { id: "desc" }, take: limit });
  return rows.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    actor: row.actor,
    actorKind: row.actorKind,
    channel: row.channel,
    address: row.address,
    action: row.action,
    entity: row.entity,
    entityKey: row.entityKey,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
  }));
}

export type AuditListing = Awaited<ReturnType<typeof listAuditEntries>>[number];
