import "server-only";

import { clientAddress } from "@/lib/request/forwarded";

import { findApiToken, recordApiTokenUse } from "../db/api-tokens";
import { apiTokenPublicId } from "./api-token-format";
import { bearerToken } from "./bearer";
import { matchBootstrapToken } from "./bootstrap-tokens";
import { authConfig } from "./config";
import { cookieFromHeader, SESSION_COOKIE } from "./cookies";
import type { Role } from "./roles";
import { sameHash, secretHash } from "./secrets";
import { sessionFromCookie } from "./session";
import { checkAttempt, recordFailure, recordSuccess } from "./throttles";

/** Who an API request acts as: a token (named, or a bootstrap label), a signed-in user, or nobody. */
export type ApiPrincipal = { name: string; kind: "user" | "token" | "anonymous"; role: Role | null };

export type ApiAuthResult =
  | { ok: true; principal: ApiPrincipal; address: string }
  | { ok: false; reason: "missing-token" | "invalid-token" | "sign-in-required"; address: string }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number; address: string };

// A token's last use is written at most this often, so a busy script is not a write per request.
const RECORD_USE_EVERY_MS = 60_000;

/**
 * Checks a Bearer token: a named API token (cl_…, found by its public id, compared by hash; revoked
 * ones refused) or a bootstrap token from the environment. Throttled per address and per named
 * token before anything is compared; every failure is counted and logged.
 */
export async function authenticateToken(presented: string, address: string): Promise<ApiAuthResult> {
  const publicId = apiTokenPublicId(presented);
  const source = { address, account: publicId ? `token:${publicId}` : null };
  const allowed = await checkAttempt("bearer", source);
  if (!allowed.allowed)
    return { ok: false, reason: "throttled", retryAfterSeconds: allowed.retryAfterSeconds, address };

  let principal: ApiPrincipal | null = null;
  let reason = "invalid-token";
  if (publicId) {
    const token = await findApiToken(publicId);
    if (token && sameHash(secretHash(presented), token.secretHash)) {
      if (token.revokedAt) reason = "revoked-token";
      else {
        principal = { name: token.name, kind: "token", role: "editor" };
        const now = new Date();
        if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > RECORD_USE_EVERY_MS)
          await recordApiTokenUse(token.id, now, address);
      }
    }
  } else {
    const label = matchBootstrapToken(presented, authConfig().bootstrapTokens);
    if (label) principal = { name: label, kind: "token", role: "editor" };
  }
  if (principal) {
    await recordSuccess("bearer", source);
    return { ok: true, principal, address };
  }
  const decision = await recordFailure("bearer", source, reason);
  return decision.allowed
    ? { ok: false, reason: "invalid-token", address }
    : { ok: false, reason: "throttled", retryAfterSeconds: decision.retryAfterSeconds, address };
}

/**
 * Authenticates an API request. Writes need a Bearer token. Reads are open, unless
 * READ_REQUIRES_SIGN_IN: then a token or a signed-in browser's session (any role).
 */
export async function authenticateApiRequest(request: Request, access: "read" | "write"): Promise<ApiAuthResult> {
  const address = clientAddress(request.headers) ?? "unknown";
  const gated = access === "write" || authConfig().readRequiresSignIn;
  if (!gated) return { ok: true, principal: { name: "anonymous", kind: "anonymous", role: null }, address };
  const token = bearerToken(request.headers.get("authorization"));
  if (token) return authenticateToken(token, address);
  if (access === "read") {
    const session = await sessionFromCookie(cookieFromHeader(request.headers.get("cookie"), SESSION_COOKIE));
    if (session)
      return { ok: true, principal: { name: session.displayName, kind: "user", role: session.role }, address };
    return { ok: false, reason: "sign-in-required", address };
  }
  return { ok: false, reason: "missing-token", address };
}
