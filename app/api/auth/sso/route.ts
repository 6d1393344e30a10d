import { authConfig } from "@/lib/auth/config";
import { cookieOptions, servedOverHttps } from "@/lib/auth/cookies";
import { beginSignIn } from "@/lib/auth/oidc";
import { seeOther, signInPath } from "@/lib/auth/redirects";
import { requestedLocale, safeReturnPath } from "@/lib/auth/return-path";
import { encodeTransaction, SIGN_IN_SECONDS, signInCookie, signInStateKey } from "@/lib/auth/sign-in-state";
import { checkAttempt } from "@/lib/auth/throttles";
import { clientAddress } from "@/lib/request/forwarded";

export const dynamic = "force-dynamic";

/** Starts single sign-on: `?locale=zh&next=/zh/admin` → the provider's sign-in page. */
export async function GET(request: Request): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const locale = requestedLocale(query.get("locale"));
  const next = safeReturnPath(query.get("next"), locale);
  const settings = authConfig().oidc;
  if (!settings) return seeOther(signInPath(locale, { error: "sso-unavailable", next }));
  const allowed = await checkAttempt("sign-in", { address: clientAddress(request.headers) ?? "unknown" });
  if (!allowed.allowed)
    return seeOther(signInPath(locale, { error: "throttled", retry: allowed.retryAfterSeconds, next }));
  let started;
  try {
    started = await beginSignIn(settings, next, locale);
  } catch (error) {
    console.error(
      `sign-in: the provider at ${settings.issuer} could not be reached: ${error instanceof Error ? error.message : String(error)}`,
    );
    return seeOther(signInPath(locale, { error: "sso-unavailable", next }));
  }
  const https = servedOverHttps(request.headers);
  const cookie = signInCookie(https);
  const response = seeOther(started.url.href);
  response.cookies.set(
    cookie.name,
    encodeTransaction(started.transaction, signInStateKey(process.env)),
    cookieOptions(https, SIGN_IN_SECONDS, cookie.path),
  );
  return response;
}
