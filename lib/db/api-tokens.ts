import "server-only";

import { recordAudit, type AuditActor } from "./audit";
import { prisma } from "./client";
import { toUserRecord } from "./users";

export type ApiTokenListing = {
  id: number;
  name: string;
  publicId: string;
  owner: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  lastUsedAddress: string | null;
  revokedAt: Date | null;
  revokedBy: string | null;
};

const ownerLabel = (owner: { email: string | null; name: string | null; subject: string }) =>
  owner.email ?? owner.name ?? owner.subject;

/** Stores a new token (its hash) and audits it; the audit names it, never its secret. */
export async function insertApiToken(
  token: { name: string; publicId: string; secretHash: string; ownerId: number; expiresAt: Date },
  actor: AuditActor,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.apiToken.create({ data: token });
    await recordAudit(tx, {
      actor,
      action: "create",
      entity: "apiToken",
      entityKey: token.publicId,
      before: null,
      after: { name: token.name, publicId: token.publicId, expiresAt: token.expiresAt.toISOString() },
    });
  });
}

/** A token by its public id, with what checking and auditing it needs, and its owner (whose current role it acts with). */
export async function findApiToken(publicId: string) {
  const row = await prisma.apiToken.findUnique({
    where: { publicId },
    select: {
      id: true,
      name: true,
      secretHash: true,
      revokedAt: true,
      expiresAt: true,
      lastUsedAt: true,
      owner: { select: { id: true, issuer: true, subject: true, email: true, name: true, groups: true } },
    },
  });
  return row && { ...row, owner: toUserRecord(row.owner) };
}

export async function recordApiTokenUse(id: number, at: Date, address: string): Promise<void> {
  await prisma.apiToken.updateMany({ where: { id }, data: { lastUsedAt: at, lastUsedAddress: address } });
}

/** Revokes a token that is still active, and audits it; false when it is unknown or already revoked. */
export async function revokeApiToken(id: number, actor: AuditActor): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id }, select: { name: true, publicId: true } });
    const { count } = await tx.apiToken.updateMany({
      where: { id, revokedAt: null },
      data: { revokedAt: new Date(), revokedBy: actor.name },
    });
    if (count !== 1 || !token) return false;
    await recordAudit(tx, {
      actor,
      action: "revoke",
      entity: "apiToken",
      entityKey: token.publicId,
      before: { name: token.name, publicId: token.publicId },
      after: null,
    });
    return true;
  });
}

export async function isActiveTokenName(name: string): Promise<boolean> {
  return (await prisma.apiToken.count({ where: { name, revokedAt: null } })) > 0;
}

/** Every token, active ones first, then newest first. */
export async function listApiTokens(): Promise<ApiTokenListing[]> {
  const rows = await prisma.apiToken.findMany({ include: { owner: true }, orderBy: [{ createdAt: "desc" }] });
  return rows
    .map((row) => ({
      id: row.id,
      name: row.name,
      publicId: row.publicId,
      owner: ownerLabel(row.owner),
      createdAt: row.createdAt,
      expiresAt: row.expiresAt,
      lastUsedAt: row.lastUsedAt,
      lastUsedAddress: row.lastUsedAddress,
      revokedAt: row.revokedAt,
      revokedBy: row.revokedBy,
    }))
    .sort((a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null));
}
