import type { NextResponse } from "next/server";

import { routing } from "@/i18n/routing";
import { authConfig } from "@/lib/auth/config";
import { cookieFromHeader, cookieOptions, servedOverHttps, sessionCookieWrites } from "@/lib/auth/cookies";
import { completeSignIn } from "@/lib/auth/oidc";
import { seeOther, signInPath } from "@/lib/auth/redirects";
import { logSecurityEvent } from "@/lib/auth/security-log";
import { beginSession } from "@/lib/auth/session";
import { decodeTransaction, signInCookie, signInStateKey } from "@/lib/auth/sign-in-state";
import { beginAttempt, recordFailure, recordSuccess } from "@/lib/auth/throttles";
import { upsertUser } from "@/lib/db/users";
import { clientAddress } from "@/lib/request/forwarded";

export const dynamic = "force-dynamic";

/**
 * Where the provider sends the browser back (PUBLIC_ORIGIN/api/auth/callback). The signed sign-in
 * cookie's state, nonce and PKCE verifier must match; then the user gets a session.
 *
 * Only a real credential check counts against the client address: the provider's answer for a
 * sign-in this browser started (its signed cookie), checked and found wrong. A callback without
 * such a cookie (an image or link on any page, an old bookmark, a planted cookie) checks nothing:
 * it is no strike, and the browser gets the sign-in page saying the sign-in was not in progress.
 */
export async function GET(request: Request): Promise<Response> {
  const address = clientAddress(request.headers) ?? "unknown";
  const https = servedOverHttps(request.headers);
  const cookie = signInCookie(https);
  const transaction = decodeTransaction(
    cookieFromHeader(request.headers.get("cookie"), cookie.name),
    signInStateKey(process.env),
  );
  const locale = transaction?.locale ?? routing.defaultLocale;
  const next = transaction?.returnTo;
  const settings = authConfig().oidc;
  // The sign-in cookie is spent whatever happens.
  const finish = (response: NextResponse) => {
    response.cookies.set(cookie.name, "", cookieOptions(https, 0, cookie.path));
    return response;
  };
  if (!settings) return finish(seeOther(signInPath(locale, { error: "sso-unavailable" })));
  if (!transaction) {
    logSecurityEvent("stray-callback", { who: "-", what: "sso-callback", address, outcome: "ignored" });
    return finish(seeOther(signInPath(locale, { error: "sso-not-started" })));
  }
  const query = new URL(request.url).searchParams;
  // The provider declined (the user cancelled, or it refused them): it checked, we did not.
  if (query.get("error")) {
    console.info(`auth sign-in: channel=sso outcome=declined address=${address}`);
    return finish(seeOther(signInPath(locale, { error: "sso-failed", next })));
  }

  const begun = await beginAttempt("sign-in", { address });
  if (!begun.allowed)
    return finish(seeOther(signInPath(locale, { error: "throttled", retry: begun.retryAfterSeconds, next })));
  let identity = null;
  let failure = "unknown";
  try {
    identity = await completeSignIn(settings, query, transaction);
  } catch (error) {
    failure = `invalid-response:${(error as { code?: string }).code ?? (error instanceof Error ? error.name : "error")}`;
  }
  if (!identity) {
    const decision = await recordFailure(begun.attempt, failure);
    return finish(
      seeOther(
        decision.allowed
          ? signInPath(locale, { error: "sso-failed", next })
          : signInPath(locale, { error: "throttled", retry: decision.retryAfterSeconds, next }),
      ),
    );
  }
  const after = await recordSuccess(begun.attempt, `subject:${identity.subject}`);
  if (!after.allowed)
    return finish(seeOther(signInPath(locale, { error: "throttled", retry: after.retryAfterSeconds, next })));

  const user = await upsertUser(identity);
  const session = await beginSession(user.id, { address, userAgent: request.headers.get("user-agent") });
  console.info(`auth sign-in: channel=sso user=${user.id} address=${address}`);
  const response = finish(seeOther(transaction.returnTo));
  for (const write of sessionCookieWrites(https, session.value, session.maxAgeSeconds))
    response.cookies.set(write.name, write.value, write.options);
  return response;
}
