import "server-only";

import { hasLocale } from "next-intl";
import { NextResponse, type NextRequest } from "next/server";

import { routing } from "@/i18n/routing";

import { ApiProblem, problemResponse } from "../api/problem";
import { authenticateApiRequest } from "./api-auth";
import { authConfig } from "./config";
import { sessionCookieValue } from "./cookies";
import { signInPath } from "./redirects";
import { sessionFromCookie } from "./session";

/**
 * READ_REQUIRES_SIGN_IN: the proxy asks this before every page and preview image. Open: the
 * sign-in page and routes, health, Next's assets and files. The JSON API checks for itself
 * (lib/api/handler.ts: a token or a session). Returns the response that replaces the request, or
 * null to let it through.
 */
export async function readGate(request: NextRequest): Promise<NextResponse | Response | null> {
  if (!authConfig().readRequiresSignIn) return null;
  const { pathname, search } = request.nextUrl;
  if (/^\/api\/og(\/|$)/.test(pathname)) {
    const result = await authenticateApiRequest(request, "read");
    if (result.ok) return null;
    const status = result.reason === "throttled" ? 429 : result.reason === "invalid-token" ? 403 : 401;
    return problemResponse(
      new ApiProblem(
        status,
        result.reason,
        "Sign-in required",
        "Preview images of this deployment need a signed-in session or an API token.",
      ),
    );
  }
  if (/^\/(api|_next)(\/|$)/.test(pathname) || /\.[^/]*$/.test(pathname)) return null;
  const first = pathname.split("/")[1] ?? "";
  const locale = hasLocale(routing.locales, first) ? first : routing.defaultLocale;
  if (pathname === `/${locale}/sign-in`) return null;
  if (await sessionFromCookie(sessionCookieValue(request.headers))) return null;
  return NextResponse.redirect(new URL(signInPath(locale, { next: `${pathname}${search}` }), request.url), 303);
}
