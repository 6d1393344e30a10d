import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { hasLocale } from "next-intl";

import { routing, type AppLocale } from "@/i18n/routing";

import { CALLBACK_PATH } from "./config";
import { normalisedReturnPath } from "./return-path";

/**
 * The sign-in in progress, kept by the browser while it is at the provider: state, nonce, PKCE
 * verifier, where to go afterwards and in which language. The cookie is signed (HMAC-SHA256 with a
 * server key) and expires with it, and on the way back its return path and locale are checked
 * exactly as on the way in: a planted or edited cookie is no sign-in in progress.
 */
export type SignInTransaction = { state: string; nonce: string; verifier: string; returnTo: string; locale: AppLocale };

/** How long a sign-in may take at the provider. */
export const SIGN_IN_SECONDS = 10 * 60;

/**
 * Over https the cookie is `__Host-` prefixed (Secure, Path=/, no Domain: no sibling subdomain or
 * plain-http page can set it). Browsers refuse `__Host-` cookies that are not Secure, so on plain
 * http (http://localhost in development and tests) it has the bare name and the callback's path.
 */
export function signInCookie(https: boolean): { name: string; path: string } {
  return https ? { name: "__Host-capex_lens_oidc", path: "/" } : { name: "capex_lens_oidc", path: CALLBACK_PATH };
}

/**
 * The signing key: from SIGN_IN_STATE_SECRET, else from the OIDC client secret (both shared by
 * every instance), else a random key of this process (a public client on one instance).
 */
export function signInStateKey(env: Record<string, string | undefined>): Buffer {
  const secret = env.SIGN_IN_STATE_SECRET?.trim() || env.OIDC_CLIENT_SECRET?.trim();
  if (!secret) return (processKey ??= randomBytes(32));
  return Buffer.from(hkdfSync("sha256", secret, "ai-capex-lens", "sign-in state cookie", 32));
}
let processKey: Buffer | undefined;

const mac = (payload: string, key: Buffer) => createHmac("sha256", key).update(payload).digest("base64url");

export function encodeTransaction(transaction: SignInTransaction, key: Buffer, now = Date.now()): string {
  const payload = Buffer.from(
    JSON.stringify({ ...transaction, exp: Math.floor(now / 1000) + SIGN_IN_SECONDS }),
    "utf8",
  ).toString("base64url");
  return `${payload}.${mac(payload, key)}`;
}

/** The transaction a cookie value holds, or null: missing, not signed with the key, expired, or not ours. */
export function decodeTransaction(value: string | undefined, key: Buffer, now = Date.now()): SignInTransaction | null {
  if (!value || value.length > 4096) return null;
  const [payload = "", signature = "", extra] = value.split(".");
  if (extra !== undefined) return null;
  const expected = Buffer.from(mac(payload, key));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const parsed = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
    const { state, nonce, verifier, returnTo, locale, exp } = parsed;
    if (typeof exp !== "number" || exp * 1000 <= now) return null;
    if (![state, nonce, verifier].every((f) => typeof f === "string" && f.length > 0 && f.length <= 200)) return null;
    if (typeof locale !== "string" || !hasLocale(routing.locales, locale)) return null;
    const checkedReturn = normalisedReturnPath(returnTo);
    if (checkedReturn === null) return null;
    return {
      state: state as string,
      nonce: nonce as string,
      verifier: verifier as string,
      returnTo: checkedReturn,
      locale,
    };
  } catch {
    return null;
  }
}
