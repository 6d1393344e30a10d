import { NextResponse } from "next/server";

import { ApiProblem, problemResponse } from "@/lib/api/problem";
import { matchBootstrapToken } from "@/lib/auth/bootstrap-tokens";
import { authConfig } from "@/lib/auth/config";
import { servedOverHttps, sessionCookieWrites } from "@/lib/auth/cookies";
import { seeOther, signInPath, type SignInError } from "@/lib/auth/redirects";
import { requestedLocale, safeReturnPath } from "@/lib/auth/return-path";
import { BOOTSTRAP_ISSUER } from "@/lib/auth/roles";
import { beginSession } from "@/lib/auth/session";
import { logOriginRefused, postedFromThisSite, readPostedForm } from "@/lib/auth/sign-in-request";
import { beginAttempt, recordFailure, recordSuccess } from "@/lib/auth/throttles";
import { upsertUser } from "@/lib/db/users";
import { clientAddress } from "@/lib/request/forwarded";

export const dynamic = "force-dynamic";

const PROBLEMS: Record<SignInError, ApiProblem> = {
  "bad-origin": new ApiProblem(403, "bad-origin", "Forbidden", "Sign in from this site's own sign-in page."),
  "missing-token": new ApiProblem(
    400,
    "missing-token",
    "Token required",
    "Send the bootstrap token in the `token` field.",
    { errors: [{ field: "token", message: "required" }] },
  ),
  "invalid-token": new ApiProblem(401, "invalid-token", "Invalid token", "That is not a bootstrap token."),
  "sso-failed": new ApiProblem(400, "sso-failed", "Sign-in failed"),
  "sso-not-started": new ApiProblem(400, "sso-not-started", "No sign-in in progress"),
  "sso-unavailable": new ApiProblem(503, "sso-unavailable", "Sign-in unavailable"),
  throttled: new ApiProblem(429, "too-many-attempts", "Too many failed attempts"),
};

/**
 * Signs in with a bootstrap token (ADMIN_TOKEN / ADMIN_TOKENS): a form post from the sign-in page
 * (answers are redirects back to it) or JSON from a script (answers are problem+json; 204 and the
 * session cookie on success). The cookie carries a new random session id, never the token.
 */
export async function POST(request: Request): Promise<Response> {
  const form = await readPostedForm(request);
  const locale = requestedLocale(form?.fields.locale);
  const next = safeReturnPath(form?.fields.next, locale);
  const fail = (error: SignInError, retry?: number): Response => {
    if (!form || form.wantsJson) {
      const problem = PROBLEMS[error];
      if (error !== "throttled") return problemResponse(problem);
      return problemResponse(
        new ApiProblem(429, problem.slug, problem.title, `Try again in ${retry} s.`, {
          headers: { "Retry-After": String(retry) },
        }),
      );
    }
    const response = seeOther(signInPath(locale, { error, retry, next }));
    if (retry) response.headers.set("Retry-After", String(retry));
    return response;
  };
  if (!form)
    return problemResponse(
      new ApiProblem(415, "unsupported-media-type", "Unsupported media type", "Post a form or a small JSON object."),
    );
  if (!postedFromThisSite(request)) {
    logOriginRefused(request, "bootstrap-sign-in");
    return fail("bad-origin");
  }
  const token = form.fields.token?.trim();
  if (!token) return fail("missing-token");

  const address = clientAddress(request.headers) ?? "unknown";
  const begun = await beginAttempt("sign-in", { address });
  if (!begun.allowed) return fail("throttled", begun.retryAfterSeconds);
  const label = matchBootstrapToken(token, authConfig().bootstrapTokens);
  if (!label) {
    const decision = await recordFailure(begun.attempt, "invalid-token");
    return decision.allowed ? fail("invalid-token") : fail("throttled", decision.retryAfterSeconds);
  }
  const after = await recordSuccess(begun.attempt);
  if (!after.allowed) return fail("throttled", after.retryAfterSeconds);
  const user = await upsertUser({ issuer: BOOTSTRAP_ISSUER, subject: label, email: null, name: label, groups: [] });
  const session = await beginSession(user.id, { address, userAgent: request.headers.get("user-agent") });
  console.info(`auth sign-in: channel=bootstrap-token user=${user.id} address=${address}`);
  const response = form.wantsJson ? new NextResponse(null, { status: 204 }) : seeOther(next);
  for (const write of sessionCookieWrites(servedOverHttps(request.headers), session.value, session.maxAgeSeconds))
    response.cookies.set(write.name, write.value, write.options);
  return response;
}
