import { configuredOrigin } from "../site-origin";

/**
 * The signed-in browser's session: a random secret (the database keeps its SHA-256). Over https it
 * is `__Host-capex_lens_session`: the browser keeps it only if Secure, for Path=/ and this host alone,
 * so neither a sibling subdomain nor a plain-http page can plant or shadow it (session fixation).
 * Browsers refuse `__Host-` cookies that are not Secure, so plain http (loopback in development and
 * tests) keeps the bare name. Over https the bare name is never read: a session begun before the
 * prefix signs in again once (sign-in and sign-out clear the bare cookie).
 */
export const SESSION_COOKIE = "capex_lens_session";
export const HOST_SESSION_COOKIE = "__Host-capex_lens_session";
/** State, nonce, PKCE verifier and return path while the browser is at the provider. */
export const SIGN_IN_COOKIE = "capex_lens_oidc";

type HeaderReader = { get(name: string): string | null };

/** Secure cookies when the site is served over https: PUBLIC_ORIGIN says so, or the request came in over TLS. */
export function servedOverHttps(headers: HeaderReader, env: Record<string, string | undefined> = process.env): boolean {
  return (
    configuredOrigin(env).startsWith("https://") || headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https"
  );
}

/** The session cookie's name for a site served over https or not. */
export function sessionCookieName(https: boolean): string {
  return https ? HOST_SESSION_COOKIE : SESSION_COOKIE;
}

/** This request's session cookie, under the name its scheme uses (see SESSION_COOKIE). */
export function sessionCookieValue(
  headers: HeaderReader,
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  return cookieFromHeader(headers.get("cookie"), sessionCookieName(servedOverHttps(headers, env)));
}

/**
 * The Set-Cookie writes for a session value (an empty one with maxAge 0 ends it): under the
 * scheme's name, and over https the bare name of before the prefix cleared as well.
 */
export function sessionCookieWrites(
  https: boolean,
  value: string,
  maxAgeSeconds: number,
): { name: string; value: string; options: ReturnType<typeof cookieOptions> }[] {
  const writes = [{ name: sessionCookieName(https), value, options: cookieOptions(https, maxAgeSeconds) }];
  if (https) writes.push({ name: SESSION_COOKIE, value: "", options: cookieOptions(true, 0) });
  return writes;
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
