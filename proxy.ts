import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";

import { routing } from "./i18n/routing";
import { authConfig } from "./lib/auth/config";
import { readGate } from "./lib/auth/read-gate";
import { isPublicViewPath } from "./lib/cache/public-views";
import { modelSlugExists, savedScenarioExists } from "./lib/db/record-exists";
import { embedRewritePath, isEmbedQuery } from "./lib/embed/embed-mode";
import { EMBED_SCRIPT_PATH } from "./lib/export/share-url";
import { missingRecordLocale } from "./lib/request/missing-record";
import {
  API_CSP,
  EMBED_SCRIPT_HEADERS,
  newNonce,
  pageCsp,
  PUBLIC_VIEW_CACHE_CONTROL,
  STATIC_SECURITY_HEADERS,
} from "./lib/security/headers";

// Locale prefixes and the "/" redirect (NEXT_LOCALE cookie, then Accept-Language, else zh).
const handleI18nRouting = createMiddleware(routing);

/** The Summary (/zh, /en), served from Next's cache. */
function isSummary(pathname: string): boolean {
  return /^\/(zh|en)\/?$/.test(pathname);
}

/** Pages are the paths next-intl handles: not the API, not Next's internals, not files. */
function isPage(pathname: string): boolean {
  return !/^\/(api|_next|_vercel)(\/|$)/.test(pathname) && !/\.[^/]*$/.test(pathname);
}

const RECORD_LOOKUPS = { modelExists: modelSlugExists, scenarioExists: savedScenarioExists };

/**
 * An unknown model or short link: rewritten to a path no view matches, so Next answers with
 * app/global-not-found.tsx (404, rendered on the server, in the path's locale) rather than the page's
 * notFound(), which Next 16 draws in the browser only (vercel/next.js#62228, docs/deep-links.md).
 */
function recordNotFound(request: NextRequest, locale: string): NextResponse {
  request.headers.set("X-NEXT-INTL-LOCALE", locale);
  return NextResponse.rewrite(new URL(`/${locale}/_missing-record`, request.url), {
    request: { headers: request.headers },
  });
}

/**
 * Every response gets the security headers. Pages get a fresh CSP nonce: the policy goes on the
 * request too, where Next.js reads the nonce for its inline scripts. Embed mode (?embed=1 on a chart
 * view) is rewritten into app/embed/ (no header, footer or navigation), and only those responses may
 * be framed by the origins in EMBED_ALLOWED_ORIGINS (read at request time); other pages by this site alone.
 * (Forwarded headers were settled at the door: lib/security/request-guard.ts.) With READ_REQUIRES_SIGN_IN a request without a session goes to the sign-in page (lib/auth/read-gate.ts).
 */
export default async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  let response: NextResponse | Response | null = await readGate(request);
  // The Summary (here only when reading needs a session) is one cached response for everyone; next.config.ts gives it its headers.
  if (!response && isSummary(pathname)) return NextResponse.next();
  let csp: string;
  if (response) {
    csp = pathname.startsWith("/api/") ? API_CSP : pageCsp(newNonce(), { embedOrigins: undefined, dev: false });
  } else if (isPage(pathname)) {
    const embedPath = isEmbedQuery(searchParams) ? embedRewritePath(pathname) : null;
    csp = pageCsp(newNonce(), {
      embedOrigins: embedPath ? process.env.EMBED_ALLOWED_ORIGINS : undefined,
      dev: process.env.NODE_ENV === "development",
      embed: embedPath !== null,
    });
    request.headers.set("Content-Security-Policy", csp);
    const missingLocale = embedPath ? null : await missingRecordLocale(pathname, RECORD_LOOKUPS);
    response = embedPath
      ? NextResponse.rewrite(new URL(embedPath + request.nextUrl.search, request.url), {
          request: { headers: request.headers },
        })
      : missingLocale
        ? recordNotFound(request, missingLocale)
        : handleI18nRouting(request);
    // Back/forward cache allowed where nothing is private: not behind sign-in (Next keeps a Cache-Control set here).
    if (!missingLocale && isPublicViewPath(pathname) && !authConfig().readRequiresSignIn)
      response.headers.set("Cache-Control", PUBLIC_VIEW_CACHE_CONTROL);
  } else {
    csp = pathname.startsWith("/api/") ? API_CSP : pageCsp(newNonce(), { embedOrigins: undefined, dev: false });
    response = NextResponse.next({ request: { headers: request.headers } });
  }
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  if (pathname === EMBED_SCRIPT_PATH)
    for (const [name, value] of Object.entries(EMBED_SCRIPT_HEADERS)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    // Everything but Next's hashed build assets and the Summary (/zh, /en): next.config.ts gives
    // those their headers, so a cached Summary hit costs no proxy run...
    "/((?!_next/static|_next/image|(?:zh|en)$).*)",
    // ...unless reading needs a session: then the front door marks Summary requests for the read
    // gate (READ_GATE_HEADER in lib/security/request-guard.ts; matchers must be literals).
    { source: "/:locale(zh|en)", has: [{ type: "header", key: "x-capex-lens-read-gate" }] },
  ],
};
