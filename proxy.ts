import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { EMBED_REQUEST_HEADER, isEmbedQuery } from "./lib/embed/embed-mode";
import { API_CSP, newNonce, pageCsp, STATIC_SECURITY_HEADERS } from "./lib/security/headers";

// Locale prefixes and the "/" redirect (NEXT_LOCALE cookie, then Accept-Language, else zh).
const handleI18nRouting = createMiddleware(routing);

/** Pages are the paths next-intl handles: not the API, not Next's internals, not files. */
function isPage(pathname: string): boolean {
  return !/^\/(api|_next|_vercel)(\/|$)/.test(pathname) && !/\.[^/]*$/.test(pathname);
}

/**
 * Every response gets the security headers. Pages get a fresh CSP nonce: the policy goes on the
 * request too, where Next.js reads the nonce for its inline scripts. Embed mode (?embed=1): the
 * layout learns of it from a request header only the proxy sets, and only embed pages may be framed
 * by the origins in EMBED_ALLOWED_ORIGINS (read at request time); other pages by this site alone.
 */
export default function proxy(request: NextRequest) {
  let response: NextResponse;
  let csp: string;
  request.headers.delete(EMBED_REQUEST_HEADER);
  if (isPage(request.nextUrl.pathname)) {
    const embed = isEmbedQuery(request.nextUrl.searchParams);
    const nonce = newNonce();
    csp = pageCsp(nonce, { embedOrigins: embed ? process.env.EMBED_ALLOWED_ORIGINS : undefined, dev: process.env.NODE_ENV === "development" });
    request.headers.set("x-nonce", nonce);
    request.headers.set("Content-Security-Policy", csp);
    if (embed) request.headers.set(EMBED_REQUEST_HEADER, "1");
    response = handleI18nRouting(request);
  } else {
    csp = request.nextUrl.pathname.startsWith("/api/") ? API_CSP : pageCsp(newNonce(), { embedOrigins: undefined, dev: false });
    response = NextResponse.next();
  }
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but Next's hashed build assets (next.config.ts gives those the static headers).
  matcher: "/((?!_next/static|_next/image).*)",
};
