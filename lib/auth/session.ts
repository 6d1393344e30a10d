import "server-only";

import {
  deleteExpiredSessions,
  deleteSession,
  deleteUserSessions,
  findSession,
  insertSession,
  touchSession,
} from "../db/sessions";
import type { UserRecord } from "../db/users";
import { authConfig } from "./config";
import { roleFor, type Role } from "./roles";
import { randomSecret, secretHash } from "./secrets";
import { logSecurityEvent } from "./security-log";

/** A signed-in person, as every page, action and read API sees them. */
export type SessionPrincipal = {
  /** The stored id: SHA-256 of the cookie's secret. */
  sessionId: string;
  user: UserRecord;
  role: Role;
  /** What the audit log and the header say: the e-mail, else the name, else the subject. */
  displayName: string;
};

const SESSION_SECRET = /^[A-Za-z0-9_-]{43}$/;
// lastSeenAt is written at most this often, so reading is not a write per request.
const TOUCH_EVERY_MS = 60_000;

export function displayNameOf(user: UserRecord): string {
  return user.email ?? user.name ?? user.subject;
}

/**
 * The session a cookie value opens, or null: unknown, past its absolute expiry, idle too long, or
 * its user no longer allowed (a removed bootstrap label). Expired sessions are deleted on sight.
 */
export async function sessionFromCookie(value: string | undefined, now = new Date()): Promise<SessionPrincipal | null> {
  if (!value || !SESSION_SECRET.test(value)) return null;
  const id = secretHash(value);
  const session = await findSession(id);
  if (!session) return null;
  const { idleSeconds } = authConfig().session;
  const role = roleFor(session.user, authConfig());
  const ended =
    session.expiresAt <= now
      ? "absolute-expiry"
      : session.lastSeenAt.getTime() + idleSeconds * 1000 <= now.getTime()
        ? "idle-expiry"
        : role === null
          ? "user-removed"
          : null;
  if (ended !== null || role === null) {
    await deleteSession(id);
    // Where the session began: this function does not see the request.
    logSecurityEvent("session-expired", {
      who: `user:${session.user.id}`,
      what: "session",
      address: session.address ?? "unknown",
      outcome: "ended",
      reason: ended ?? "user-removed",
    });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await touchSession(id, now);
  return { sessionId: id, user: session.user, role, displayName: displayNameOf(session.user) };
}

/** Starts a session for a user; the cookie value to set (the secret) and how long it lives. */
export async function beginSession(
  userId: number,
  request: { address: string; userAgent: string | null },
): Promise<{ value: string; maxAgeSeconds: number }> {
  const { idleSeconds, maxSeconds } = authConfig().session;
  const now = new Date();
  await deleteExpiredSessions(now, new Date(now.getTime() - idleSeconds * 1000));
  const value = randomSecret();
  await insertSession({
    id: secretHash(value),
    userId,
    expiresAt: new Date(now.getTime() + maxSeconds * 1000),
    address: request.address,
    userAgent: request.userAgent?.slice(0, 300) ?? null,
  });
  return { value, maxAgeSeconds: maxSeconds };
}

/** Ends the session a cookie value names (sign-out): the value opens nothing afterwards. */
export async function endSession(value: string | undefined): Promise<void> {
  if (value && SESSION_SECRET.test(value)) await deleteSession(secretHash(value));
}

/** Ends every session of the signed-in user, on every device and instance. */
export async function endAllSessions(principal: SessionPrincipal): Promise<number> {
  return deleteUserSessions(principal.user.id);
}
