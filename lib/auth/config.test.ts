import { describe, expect, it } from "vitest";

import { AuthConfigError, parseAuthConfig } from "./config";

const token = "t".repeat(32);
const oidcEnv = {
  OIDC_ISSUER: "https://login.example.com/realms/lens",
  OIDC_CLIENT_ID: "capex-lens",
  OIDC_CLIENT_SECRET: "s",
  PUBLIC_ORIGIN: "https://lens.example.com",
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseAuthConfig(env);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(AuthConfigError);
    return (error as AuthConfigError).problems;
  }
}

describe("parseAuthConfig", () => {
  it("has nothing to sign in with by default, and reading stays open", () => {
    expect(parseAuthConfig({})).toMatchObject({
      oidc: null,
      readRequiresSignIn: false,
      bootstrapTokens: [],
      session: { idleSeconds: 7200, maxSeconds: 43200 },
    });
  });

  it("builds the provider settings, the redirect from PUBLIC_ORIGIN and the editor lists", () => {
    const config = parseAuthConfig({
      ...oidcEnv,
      OIDC_SCOPES: "email profile groups",
      EDITOR_EMAILS: "Ann@Example.com, bo@example.com",
      EDITOR_GROUPS: "capex-editors",
      READ_REQUIRES_SIGN_IN: "true",
    });
    expect(config.oidc).toEqual({
      issuer: oidcEnv.OIDC_ISSUER,
      clientId: "capex-lens",
      clientSecret: "s",
      redirectUri: "https://lens.example.com/api/auth/callback",
      scope: "openid email profile groups",
      groupsClaim: "groups",
      allowHttp: false,
      displayName: null,
    });
    expect([...config.editors.emails]).toEqual(["ann@example.com", "bo@example.com"]);
    expect([...config.editors.groups]).toEqual(["capex-editors"]);
    expect(config.readRequiresSignIn).toBe(true);
  });

  it("accepts a plain-HTTP issuer on loopback only", () => {
    expect(parseAuthConfig({ ...oidcEnv, OIDC_ISSUER: "http://127.0.0.1:4010" }).oidc?.allowHttp).toBe(true);
    expect(problemsOf({ ...oidcEnv, OIDC_ISSUER: "http://idp.example.com" })).toEqual([
      "OIDC_ISSUER must be https:// (plain http only for a provider on this machine)",
    ]);
  });

  it("lists every problem at once", () => {
    expect(problemsOf({ OIDC_ISSUER: "not a url", ADMIN_TOKEN: "short", SESSION_IDLE_MINUTES: "0" })).toEqual([
      'OIDC_ISSUER is not a URL: "not a url"',
      "OIDC_CLIENT_ID is required with OIDC_ISSUER",
      "PUBLIC_ORIGIN (e.g. https://lens.example.com) is required with OIDC_ISSUER: the provider redirects back to PUBLIC_ORIGIN/api/auth/callback",
      'ADMIN_TOKEN: the token for "admin" has 5 characters; bootstrap tokens need at least 32 (e.g. openssl rand -base64 32)',
      'SESSION_IDLE_MINUTES must be a number from 1 to 43200, not "0"',
    ]);
  });

  it("refuses sign-in-to-read with no way to sign in", () => {
    expect(problemsOf({ READ_REQUIRES_SIGN_IN: "1" })).toEqual([
      "READ_REQUIRES_SIGN_IN needs a way to sign in: set OIDC_ISSUER (or bootstrap tokens)",
    ]);
    expect(problemsOf({ READ_REQUIRES_SIGN_IN: "1", ADMIN_TOKEN: token })).toEqual([]);
  });
});
