import "server-only";

import { prisma } from "./client";
import { toUserRecord, type UserRecord } from "./users";

export type SessionRecord = {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  address: string | null;
  userAgent: string | null;
};

/** Stores a new session under the hash of its cookie secret. */
export async function insertSession(session: {
  id: string;
  userId: number;
  expiresAt: Date;
  address: string | null;
  userAgent: string | null;
}): Promise<void> {
  await prisma.session.create({ data: session });
}

/** A session and its user by the hash of the cookie secret, or null. */
export async function findSession(id: string): Promise<(SessionRecord & { user: UserRecord }) | null> {
  const row = await prisma.session.findUnique({ where: { id }, include: { user: true } });
  return row ? { ...row, user: toUserRecord(row.user) } : null;
}

export async function touchSession(id: string, at: Date): Promise<void> {
  await prisma.session.updateMany({ where: { id }, data: { lastSeenAt: at } });
}

export async function deleteSession(id: string): Promise<void> {
  await prisma.session.deleteMany({ where: { id } });
}

/** Ends every session of one user (sign out everywhere); how many there were. */
export async function deleteUserSessions(userId: number): Promise<number> {
  return (await prisma.session.deleteMany({ where: { userId } })).count;
}

/** A user's sessions that have not expired, newest first. */
export async function listUserSessions(userId: number, now: Date, idleSince: Date): Promise<SessionRecord[]> {
  return prisma.session.findMany({
    where: { userId, expiresAt: { gt: now }, lastSeenAt: { gt: idleSince } },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, lastSeenAt: true, expiresAt: true, address: true, userAgent: true },
  });
}

/** Removes sessions past either expiry (housekeeping at each sign-in). */
export async function deleteExpiredSessions(now: Date, idleSince: Date): Promise<void> {
  await prisma.session.deleteMany({ where: { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lte: idleSince } }] } });
}
