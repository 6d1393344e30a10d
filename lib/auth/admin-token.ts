import { createHash, timingSafeEqual } from "node:crypto";

/** An editor's token and the label the audit log records for it. */
export type EditorToken = { label: string; token: string };

export type AuthResult =
  | { ok: true; actor: string }
  | { ok: false; status: 401 | 403; reason: "missing-token" | "invalid-token" | "writes-disabled" };

const LABEL = /^[A-Za-z0-9_.-]{1,40}$/;

/**
 * Editors' tokens from the environment: ADMIN_TOKEN (label "admin") and ADMIN_TOKENS, a
 * comma-separated list of label=token pairs ("alice=tok1,bob=tok2"). Blank tokens and malformed
 * pairs are ignored, so an empty or missing setting disables writes.
 */
export function editorTokens(env: Record<string, string | undefined> = process.env): EditorToken[] {
  const tokens: EditorToken[] = [];
  const single = env.ADMIN_TOKEN?.trim();
  if (single) tokens.push({ label: "admin", token: single });
  for (const pair of (env.ADMIN_TOKENS ?? "").split(",")) {
    const at = pair.indexOf("=");
    if (at < 0) continue;
    const label = pair.slice(0, at).trim();
    const token = pair.slice(at + 1).trim();
    if (LABEL.test(label) && token) tokens.push({ label, token });
  }
  return tokens;
}

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

/**
 * Checks a presented token against every configured one in constant time: both sides are hashed
 * to equal-length digests for timingSafeEqual, and the loop never exits early.
 */
export function authorizeToken(presented: string | null | undefined, tokens: EditorToken[]): AuthResult {
  if (tokens.length === 0) return { ok: false, status: 403, reason: "writes-disabled" };
  if (!presented) return { ok: false, status: 401, reason: "missing-token" };
  const presentedDigest = digest(presented);
  let actor: string | null = null;
  for (const { label, token } of tokens) {
    if (timingSafeEqual(presentedDigest, digest(token)) && actor === null) actor = label;
  }
  return actor === null ? { ok: false, status: 403, reason: "invalid-token" } : { ok: true, actor };
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | null): string | null {
  const match = header?.match(/^Bearer[ ]+(\S+)\s*$/i);
  return match?.[1] ?? null;
}
