import { servedOverHttps, sessionCookieValue, sessionCookieWrites } from "@/lib/auth/cookies";
import { seeOther, signInPath } from "@/lib/auth/redirects";
import { requestedLocale } from "@/lib/auth/return-path";
import { logSecurityEvent } from "@/lib/auth/security-log";
import { endAllSessions, endSession, sessionFromCookie } from "@/lib/auth/session";
import { logOriginRefused, postedFromThisSite, readPostedForm } from "@/lib/auth/sign-in-request";
import { clientAddress } from "@/lib/request/forwarded";

export const dynamic = "force-dynamic";

/**
 * Signs out (a form post): deletes this session, or with `scope=all` every session of its user,
 * on every instance at once since sessions live in the database. The old cookie value opens nothing.
 * Each is one log line (who, from where, how many sessions ended).
 */
export async function POST(request: Request): Promise<Response> {
  const form = await readPostedForm(request);
  const locale = requestedLocale(form?.fields.locale);
  if (!form || !postedFromThisSite(request)) {
    if (form) logOriginRefused(request, "sign-out");
    return seeOther(signInPath(locale, { error: "bad-origin" }));
  }
  const value = sessionCookieValue(request.headers);
  const address = clientAddress(request.headers) ?? "unknown";
  const session = await sessionFromCookie(value);
  const who = session ? `user:${session.user.id}` : "anonymous";
  let notice: "signed-out" | "ended-all" = "signed-out";
  if (form.fields.scope === "all" && session) {
    const ended = await endAllSessions(session);
    notice = "ended-all";
    logSecurityEvent("end-all-sessions", { who, what: `sessions=${ended}`, address, outcome: "ok" });
  } else {
    await endSession(value);
    logSecurityEvent("sign-out", { who, what: session ? "session" : "no-session", address, outcome: "ok" });
  }
  const response = seeOther(signInPath(locale, { notice }));
  for (const write of sessionCookieWrites(servedOverHttps(request.headers), "", 0))
    response.cookies.set(write.name, write.value, write.options);
  return response;
}
