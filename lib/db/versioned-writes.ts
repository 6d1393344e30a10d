import "server-only";

import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { recordDataWrite, type AuditActor, type AuditRecord } from "./audit-record";
import { RecordNotFoundError, VersionConflictError } from "./write-errors";

type Tx = Prisma.TransactionClient;

/**
 * What a versioned write needs of one table: read a row as its resource, and change or delete it
 * only while it is still at a given version (one statement each, so the check and the write cannot
 * be split by another editor). lib/db/model-writes.ts and capex-writes.ts describe theirs.
 */
export type VersionedTable<Key extends string | number, Input, Resource extends { version: number }> = {
  entity: AuditRecord["entity"];
  /** How a missing row is named in RecordNotFoundError: "model", "capex figure". */
  label: string;
  read: (tx: Tx, key: Key) => Promise<Resource | null>;
  /** Writes the input over the row at `version` and increments it; the rows changed (0 or 1). */
  replaceAt: (tx: Tx, key: Key, version: number, input: Input) => Promise<number>;
  /** Deletes the row at `version`; the rows deleted (0 or 1). */
  deleteAt: (tx: Tx, key: Key, version: number) => Promise<number>;
};

/** The row, if it exists and is still at `expectedVersion`. */
async function readAt<Key extends string | number, Resource extends { version: number }>(
  tx: Tx,
  table: VersionedTable<Key, never, Resource>,
  key: Key,
  expectedVersion: number,
): Promise<Resource> {
  const current = await table.read(tx, key);
  if (!current) throw new RecordNotFoundError(table.label, String(key));
  if (current.version !== expectedVersion) throw new VersionConflictError(current.version);
  return current;
}

/**
 * Replaces a row's fields if it is still at `expectedVersion`, and records the audit entry and data
 * version (recordDataWrite) in the same transaction. Of two editors who read the same version only
 * the first one's change lands; the second gets VersionConflictError.
 */
export async function updateVersioned<Key extends string | number, Input, Resource extends { version: number }>(
  db: PrismaClient,
  table: VersionedTable<Key, Input, Resource>,
  key: Key,
  expectedVersion: number,
  input: Input,
  actor: AuditActor,
): Promise<Resource> {
  return db.$transaction(async (tx) => {
    const before = await readAt(tx, table, key, expectedVersion);
    if ((await table.replaceAt(tx, key, expectedVersion, input)) === 0) {
      throw new VersionConflictError(expectedVersion + 1);
    }
    const after = await readAt(tx, table, key, expectedVersion + 1);
    await recordDataWrite(tx, { actor, action: "update", entity: table.entity, entityKey: String(key), before, after });
    return after;
  });
}

/** Deletes a row if it is still at `expectedVersion`, and audits what was deleted, in one transaction. */
export async function deleteVersioned<Key extends string | number, Resource extends { version: number }>(
  db: PrismaClient,
  table: VersionedTable<Key, never, Resource>,
  key: Key,
  expectedVersion: number,
  actor: AuditActor,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await readAt(tx, table, key, expectedVersion);
    if ((await table.deleteAt(tx, key, expectedVersion)) === 0) throw new VersionConflictError(expectedVersion + 1);
    await recordDataWrite(tx, {
      actor,
      action: "delete",
      entity: table.entity,
      entityKey: String(key),
      before,
      after: null,
    });
  });
}
