import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Bootstrap tokens from the environment (ADMIN_TOKEN, labelled "admin", and ADMIN_TOKENS,
 * "alice=<token>,bob=<token>"): they work before anyone has signed in, for the first API calls
 * and the admin pages of a deployment without an identity provider. Named API tokens made in the
 * admin pages replace them for automation.
 */
export type BootstrapToken = { label: string; token: string };

/** Shorter tokens are refused at start: a guessable secret must not open the editor's door. */
export const MIN_TOKEN_LENGTH = 32;
const LABEL = /^[A-Za-z0-9_.-]{1,40}$/;

/** The configured tokens and, separately, what is wrong with the settings (never the secrets themselves). */
export function parseBootstrapTokens(env: Record<string, string | undefined>): {
  tokens: BootstrapToken[];
  problems: string[];
} {
  const tokens: BootstrapToken[] = [];
  const problems: string[] = [];
  const add = (label: string, token: string, setting: string) => {
    if (token.length < MIN_TOKEN_LENGTH) {
      problems.push(
        `${setting}: the token for "${label}" has ${token.length} characters; bootstrap tokens need at least ${MIN_TOKEN_LENGTH} (e.g. openssl rand -base64 32)`,
      );
    } else if (tokens.some((t) => t.label === label)) {
      problems.push(`${setting}: the label "${label}" is used twice`);
    } else {
      tokens.push({ label, token });
    }
  };
  const single = env.ADMIN_TOKEN?.trim();
  if (single) add("admin", single, "ADMIN_TOKEN");
  (env.ADMIN_TOKENS ?? "")
    .split(",")
    .map((pair) => pair.trim())
    .filter(Boolean)
    .forEach((pair, index) => {
      const at = pair.indexOf("=");
      const label = at < 0 ? "" : pair.slice(0, at).trim();
      if (!LABEL.test(label)) {
        problems.push(
          `ADMIN_TOKENS: entry ${index + 1} is not label=token (labels: letters, digits, _ . -, at most 40)`,
        );
        return;
      }
      add(label, pair.slice(at + 1).trim(), "ADMIN_TOKENS");
    });
  return { tokens, problems };
}

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

/**
 * The label of the bootstrap token presented, or null. Constant time: both sides are hashed to
 * equal-length digests for timingSafeEqual, and the loop never exits early.
 */
export function matchBootstrapToken(presented: string, tokens: BootstrapToken[]): string | null {
  const presentedDigest = digest(presented);
  let label: string | null = null;
  for (const token of tokens) {
    if (timingSafeEqual(presentedDigest, digest(token.token)) && label === null) label = token.label;
  }
  return label;
}
