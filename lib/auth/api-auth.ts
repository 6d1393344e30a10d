import "server-only";

import { clientAddress } from "@/lib/request/forwarded";

import { findApiToken, recordApiTokenUse } from "../db/api-tokens";
import { isExpired } from "./api-token-expiry";
import { apiTokenPublicId } from "./api-token-format";
import { bearerToken } from "./bearer";
import { matchBootstrapToken } from "./bootstrap-tokens";
import { authConfig } from "./config";
import { sessionCookieValue } from "./cookies";
import { roleFor, type Role } from "./roles";
import { sameHash, secretHash } from "./secrets";
import { logSecurityEvent } from "./security-log";
import { sessionFromCookie } from "./session";
import { beginAttempt, recordFailure, recordSuccess } from "./throttles";

/** Who an API request acts as: a token (named, or a bootstrap label), a signed-in user, or nobody. */
export type ApiPrincipal = { name: string; kind: "user" | "token" | "anonymous"; role: Role | null };

export type ApiAuthResult =
  | { ok: true; principal: ApiPrincipal; address: string }
  | { ok: false; reason: "missing-token" | "invalid-token" | "sign-in-required" | "not-editor"; address: string }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number; address: string };

// A token's last use is written at most this often, so a busy script is not a write per request.
const RECORD_USE_EVERY_MS = 60_000;

/**
 * Checks a Bearer token: a named API token (cl_…, found by its public id, compared by hash;
 * revoked and expired ones refused) or a bootstrap token from the environment. A named token acts
 * with its owner's role as the settings give it now (roleFor, as for sessions): an editor who is
 * demoted has a viewer's tokens from the next request on. Throttled per address and per named
 * token, counted before anything is compared; every failure is counted and logged.
 */
export async function authenticateToken(presented: string, address: string): Promise<ApiAuthResult> {
  const publicId = apiTokenPublicId(presented);
  const source = { address, account: publicId ? `token:${publicId}` : null };
  const begun = await beginAttempt("bearer", source);
  if (!begun.allowed) return { ok: false, reason: "throttled", retryAfterSeconds: begun.retryAfterSeconds, address };

  let principal: ApiPrincipal | null = null;
  let reason = "invalid-token";
  if (publicId) {
    const token = await findApiToken(publicId);
    if (token && sameHash(secretHash(presented), token.secretHash)) {
      const now = new Date();
      const role = roleFor(token.owner, authConfig());
      if (token.revokedAt) reason = "revoked-token";
      else if (isExpired(token.expiresAt, now)) {
        reason = "expired-token";
        logSecurityEvent("token-expired", {
          who: `token:${token.name}`,
          what: `expired ${token.expiresAt?.toISOString() ?? "-"}`,
          address,
          outcome: "refused",
        });
      } else if (role === null) reason = "owner-removed";
      else {
        principal = { name: token.name, kind: "token", role };
        if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > RECORD_USE_EVERY_MS)
          await recordApiTokenUse(token.id, now, address);
      }
    }
  } else {
    const label = matchBootstrapToken(presented, authConfig().bootstrapTokens);
    if (label) principal = { name: label, kind: "token", role: "editor" };
  }
  if (principal) {
    const after = await recordSuccess(begun.attempt);
    if (after.allowed) return { ok: true, principal, address };
    return { ok: false, reason: "throttled", retryAfterSeconds: after.retryAfterSeconds, address };
  }
  const decision = await recordFailure(begun.attempt, reason);
  return decision.allowed
    ? { ok: false, reason: "invalid-token", address }
    : { ok: false, reason: "throttled", retryAfterSeconds: decision.retryAfterSeconds, address };
}

/**
 * Authenticates an API request. Writes need a Bearer token whose role (now) is editor. Reads are
 * open, unless READ_REQUIRES_SIGN_IN: then a token or a signed-in browser's session (any role).
 */
export async function authenticateApiRequest(request: Request, access: "read" | "write"): Promise<ApiAuthResult> {
  const address = clientAddress(request.headers) ?? "unknown";
  const gated = access === "write" || authConfig().readRequiresSignIn;
  if (!gated) return { ok: true, principal: { name: "anonymous", kind: "anonymous", role: null }, address };
  const token = bearerToken(request.headers.get("authorization"));
  if (token) {
    const result = await authenticateToken(token, address);
    if (access === "write" && result.ok && result.principal.role !== "editor") {
      logSecurityEvent("authorization-failure", {
        who: `token:${result.principal.name}`,
        what: `${request.method} ${new URL(request.url).pathname}`,
        address,
        outcome: "refused",
        reason: "not-editor",
      });
      return { ok: false, reason: "not-editor", address };
    }
    return result;
  }
  if (access === "read") {
    const session = await sessionFromCookie(sessionCookieValue(request.headers));
    if (session)
      return { ok: true, principal: { name: session.displayName, kind: "user", role: session.role }, address };
  }
  const reason = access === "read" ? "sign-in-required" : "missing-token";
  logSecurityEvent("authorization-failure", {
    who: "anonymous",
    what: `${request.method} ${new URL(request.url).pathname}`,
    address,
    outcome: "refused",
    reason,
  });
  return { ok: false, reason, address };
}
