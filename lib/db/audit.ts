import "server-only";

import { prisma } from "./client";

export { recordAudit, recordDataWrite, type AuditActor, type AuditRecord } from "./audit-record";

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
