import { configuredOrigin } from "../site-origin";

/** The signed-in browser's session: a random secret (the database keeps its SHA-256). */
export const SESSION_COOKIE = "capex_lens_session";
/** State, nonce, PKCE verifier and return path while the browser is at the provider. */
export const SIGN_IN_COOKIE = "capex_lens_oidc";

type HeaderReader = { get(name: string): string | null };

/** Secure cookies when the site is served over https: PUBLIC_ORIGIN says so, or the request came in over TLS. */
export function servedOverHttps(headers: HeaderReader, env: Record<string, string | undefined> = process.env): boolean {
  return (
    configuredOrigin(env).startsWith("https://") || headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https"
  );
}

/**
 * HttpOnly (no script reads it), Secure over https, SameSite=Lax: the provider sends the browser
 * back with a top-level GET from its own site, which must carry the sign-in cookie, and the first
 * page after it must carry the session (Strict would drop both). Lax still withholds the cookies
 * from other sites' POSTs, iframes and fetches; every form post is checked for its Origin as well.
 */
export function cookieOptions(secure: boolean, maxAgeSeconds: number, path = "/") {
  return { httpOnly: true, secure, sameSite: "lax" as const, path, maxAge: maxAgeSeconds };
}

/** One cookie's value from a Cookie header (for handlers that get a plain Request). */
export function cookieFromHeader(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}
