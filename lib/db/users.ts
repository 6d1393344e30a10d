import "server-only";

import { prisma } from "./client";

export type UserRecord = {
  id: number;
  issuer: string;
  subject: string;
  email: string | null;
  name: string | null;
  groups: string[];
};

export type SignedInIdentity = {
  issuer: string;
  subject: string;
  email: string | null;
  name: string | null;
  groups: string[];
};

function toUserRecord(row: {
  id: number;
  issuer: string;
  subject: string;
  email: string | null;
  name: string | null;
  groups: string;
}): UserRecord {
  let groups: unknown = [];
  try {
    groups = JSON.parse(row.groups);
  } catch {
    // A row written by hand; treat it as no groups.
  }
  return { ...row, groups: Array.isArray(groups) ? groups.filter((g): g is string => typeof g === "string") : [] };
}

/** Finds or creates the user an identity belongs to, refreshing what the provider said about them now. */
export async function upsertUser(identity: SignedInIdentity): Promise<UserRecord> {
  const data = {
    email: identity.email,
    name: identity.name,
    groups: JSON.stringify(identity.groups),
    lastSignInAt: new Date(),
  };
  const row = await prisma.user.upsert({
    where: { issuer_subject: { issuer: identity.issuer, subject: identity.subject } },
    create: { issuer: identity.issuer, subject: identity.subject, ...data },
    update: data,
  });
  return toUserRecord(row);
}

export { toUserRecord };
