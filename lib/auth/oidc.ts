import "server-only";

import * as client from "openid-client";

import type { AppLocale } from "@/i18n/routing";

import type { SignedInIdentity } from "../db/users";
import type { OidcSettings } from "./config";
import type { SignInTransaction } from "./sign-in-state";

/**
 * OpenID Connect sign-in with openid-client (authorization code + PKCE, state and nonce). The one
 * outbound traffic of the server, and only when OIDC_ISSUER is set: discovery, the token exchange and
 * (when the ID token lacks them) the userinfo claims, all to the configured provider.
 */

const discovered = new Map<string, Promise<client.Configuration>>();

function configuration(settings: OidcSettings): Promise<client.Configuration> {
  const key = `${settings.issuer}\u0000${settings.clientId}`;
  let pending = discovered.get(key);
  if (!pending) {
    pending = client.discovery(
      new URL(settings.issuer),
      settings.clientId,
      undefined,
      settings.clientSecret ? client.ClientSecretBasic(settings.clientSecret) : client.None(),
      {
        // The ID token's signature is checked against the provider's JWKS (jwks_uri), although the
        // token comes straight from its TLS endpoint: a misrouting proxy or a lax TLS set-up must
        // not be enough to plant an identity.
        execute: [client.enableNonRepudiationChecks, ...(settings.allowHttp ? [client.allowInsecureRequests] : [])],
        timeout: 10,
      },
    );
    // A provider that was unreachable is asked again next time.
    pending.catch(() => discovered.delete(key));
    discovered.set(key, pending);
  }
  return pending;
}

/** The provider's authorization URL for a new sign-in, and the transaction to keep until the callback. */
export async function beginSignIn(
  settings: OidcSettings,
  returnTo: string,
  locale: AppLocale,
): Promise<{ url: URL; transaction: SignInTransaction }> {
  const config = await configuration(settings);
  const transaction: SignInTransaction = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    verifier: client.randomPKCECodeVerifier(),
    returnTo,
    locale,
  };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: settings.redirectUri,
    scope: settings.scope,
    code_challenge: await client.calculatePKCECodeChallenge(transaction.verifier),
    code_challenge_method: "S256",
    state: transaction.state,
    nonce: transaction.nonce,
    ui_locales: locale === "zh" ? "zh-CN zh en" : "en",
  });
  return { url, transaction };
}

/**
 * Checks the provider's answer (state, PKCE, ID token signature, issuer, audience, nonce) and
 * returns who signed in. `callbackQuery` is the query string the provider sent back.
 */
export async function completeSignIn(
  settings: OidcSettings,
  callbackQuery: URLSearchParams,
  transaction: SignInTransaction,
): Promise<SignedInIdentity> {
  const config = await configuration(settings);
  // The URL the provider redirected to, as registered (PUBLIC_ORIGIN), whatever host a proxy used.
  const callbackUrl = new URL(settings.redirectUri);
  callbackUrl.search = callbackQuery.toString();
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: transaction.verifier,
    expectedState: transaction.state,
    expectedNonce: transaction.nonce,
    idTokenExpected: true,
  });
  let claims: Record<string, unknown> = { ...tokens.claims() };
  // Many providers put e-mail and groups in the ID token; others (and oidc-provider) only in userinfo.
  if (typeof claims.email !== "string" || claims[settings.groupsClaim] === undefined) {
    const info = await client.fetchUserInfo(config, tokens.access_token, String(claims.sub));
    claims = {
      ...info,
      ...claims,
      email: claims.email ?? info.email,
      email_verified: claims.email_verified ?? info.email_verified,
      [settings.groupsClaim]: claims[settings.groupsClaim] ?? info[settings.groupsClaim],
    };
  }
  return identityFromClaims(claims, settings.groupsClaim);
}

/**
 * The user an ID token's claims describe. The e-mail is kept only when the provider asserts it
 * verified (`email_verified` is the boolean true): EDITOR_EMAILS makes editors from it, so an
 * address anyone could type into their profile (no claim, `false`, the string "true") is none.
 */
export function identityFromClaims(claims: Record<string, unknown>, groupsClaim: string): SignedInIdentity {
  const email =
    typeof claims.email === "string" && claims.email_verified === true ? claims.email.trim().toLowerCase() : null;
  const rawGroups = claims[groupsClaim];
  const groups = (Array.isArray(rawGroups) ? rawGroups : typeof rawGroups === "string" ? [rawGroups] : [])
    .filter((g): g is string => typeof g === "string")
    .slice(0, 200);
  const name =
    typeof claims.name === "string"
      ? claims.name
      : typeof claims.preferred_username === "string"
        ? claims.preferred_username
        : null;
  return { issuer: String(claims.iss), subject: String(claims.sub), email, name: name?.slice(0, 200) ?? null, groups };
}
