import { cookieFromHeader, cookieOptions, servedOverHttps, SESSION_COOKIE } from "@/lib/auth/cookies";
import { seeOther, signInPath } from "@/lib/auth/redirects";
import { requestedLocale } from "@/lib/auth/return-path";
import { endAllSessions, endSession, sessionFromCookie } from "@/lib/auth/session";
import { postedFromThisSite, readPostedForm } from "@/lib/auth/sign-in-request";

export const dynamic = "force-dynamic";

/**
 * Signs out (a form post): deletes this session, or with `scope=all` every session of its user,
 * on every instance at once since sessions live in the database. The old cookie value opens nothing.
 */
export async function POST(request: Request): Promise<Response> {
  const form = await readPostedForm(request);
  const locale = requestedLocale(form?.fields.locale);
  if (!form || !postedFromThisSite(request)) return seeOther(signInPath(locale, { error: "bad-origin" }));
  const value = cookieFromHeader(request.headers.get("cookie"), SESSION_COOKIE);
  let notice: "signed-out" | "ended-all" = "signed-out";
  if (form.fields.scope === "all") {
    const session = await sessionFromCookie(value);
    if (session) {
      await endAllSessions(session);
      notice = "ended-all";
    }
  } else {
    await endSession(value);
  }
  const response = seeOther(signInPath(locale, { notice }));
  response.cookies.set(SESSION_COOKIE, "", cookieOptions(servedOverHttps(request.headers), 0));
  return response;
}
