import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { EMBED_REQUEST_HEADER, isEmbedQuery } from "./lib/embed/embed-mode";
import { frameAncestors } from "./lib/embed/frame-ancestors";

// Locale prefixes and the "/" redirect (NEXT_LOCALE cookie, then Accept-Language, else zh).
const handleI18nRouting = createMiddleware(routing);

/**
 * next-intl's routing, plus embed mode: the layout learns of ?embed=1 from a request header, and only
 * embed responses may be framed by the origins in EMBED_ALLOWED_ORIGINS (others: this site only).
 */
export default function proxy(request: NextRequest) {
  const embed = isEmbedQuery(request.nextUrl.searchParams);
  request.headers.delete(EMBED_REQUEST_HEADER);
  if (embed) request.headers.set(EMBED_REQUEST_HEADER, "1");
  const response = handleI18nRouting(request);
  response.headers.set("Content-Security-Policy", `frame-ancestors ${embed ? frameAncestors(process.env.EMBED_ALLOWED_ORIGINS) : "'self'"}`);
  return response;
}

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
