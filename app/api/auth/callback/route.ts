import type { NextResponse } from "next/server";

import { routing } from "@/i18n/routing";
import { authConfig, CALLBACK_PATH } from "@/lib/auth/config";
import { cookieFromHeader, cookieOptions, servedOverHttps, SESSION_COOKIE, SIGN_IN_COOKIE } from "@/lib/auth/cookies";
import { completeSignIn, decodeTransaction } from "@/lib/auth/oidc";
import { seeOther, signInPath } from "@/lib/auth/redirects";
import { beginSession } from "@/lib/auth/session";
import { checkAttempt, recordFailure, recordSuccess } from "@/lib/auth/throttles";
import { upsertUser } from "@/lib/db/users";
import { clientAddress } from "@/lib/request/forwarded";

export const dynamic = "force-dynamic";

/**
 * Where the provider sends the browser back (PUBLIC_ORIGIN/api/auth/callback). The sign-in cookie's
 * state, nonce and PKCE verifier must match; then the user gets a session. Any failure is counted
 * against the client address (throttled like wrong tokens) and logged.
 */
export async function GET(request: Request): Promise<Response> {
  const address = clientAddress(request.headers) ?? "unknown";
  const transaction = decodeTransaction(cookieFromHeader(request.headers.get("cookie"), SIGN_IN_COOKIE));
  const locale = transaction?.locale ?? routing.defaultLocale;
  const next = transaction?.returnTo;
  const settings = authConfig().oidc;
  const https = servedOverHttps(request.headers);
  // The sign-in cookie is spent whatever happens.
  const finish = (response: NextResponse) => {
    response.cookies.set(SIGN_IN_COOKIE, "", cookieOptions(https, 0, CALLBACK_PATH));
    return response;
  };
  if (!settings) return finish(seeOther(signInPath(locale, { error: "sso-unavailable" })));

  const allowed = await checkAttempt("sign-in", { address });
  if (!allowed.allowed)
    return finish(seeOther(signInPath(locale, { error: "throttled", retry: allowed.retryAfterSeconds, next })));

  const query = new URL(request.url).searchParams;
  let failure: string | null = null;
  let identity = null;
  if (!transaction) failure = "no-sign-in-in-progress";
  else if (query.get("error")) failure = `provider-${query.get("error")}`;
  else {
    try {
      identity = await completeSignIn(settings, query, transaction);
    } catch (error) {
      failure = `invalid-response:${(error as { code?: string }).code ?? (error instanceof Error ? error.name : "error")}`;
    }
  }
  if (!identity || !transaction) {
    const decision = await recordFailure("sign-in", { address }, failure ?? "unknown");
    return finish(
      seeOther(
        decision.allowed
          ? signInPath(locale, { error: "sso-failed", next })
          : signInPath(locale, { error: "throttled", retry: decision.retryAfterSeconds, next }),
      ),
    );
  }

  const user = await upsertUser(identity);
  await recordSuccess("sign-in", { address, account: `subject:${identity.subject}` });
  const session = await beginSession(user.id, { address, userAgent: request.headers.get("user-agent") });
  console.info(`auth sign-in: channel=sso user=${user.id} address=${address}`);
  const response = finish(seeOther(transaction.returnTo));
  response.cookies.set(SESSION_COOKIE, session.value, cookieOptions(https, session.maxAgeSeconds));
  return response;
}
