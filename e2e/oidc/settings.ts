/**
 * The OpenID provider the e2e set-up starts on loopback (e2e/oidc/provider.ts, oidc-provider): its
 * port, the test client, and two users. The app servers under test get OIDC_* settings from here.
 */
export const OIDC_PORT = Number(process.env.E2E_PORT ?? 3100) + 5;
export const OIDC_ISSUER = `http://localhost:${OIDC_PORT}`;
export const OIDC_CLIENT = { id: "capex-lens-e2e", secret: "e2e-client-secret-not-for-production-0f3a9c" };
export const EDITOR_GROUP = "capex-editors";

export type TestUser = { login: string; password: string; email: string; name: string; groups: string[] };
/** The editor is one by group claim (EDITOR_GROUPS), the viewer is everyone else. */
export const TEST_USERS = {
  editor: {
    login: "erin",
    password: "erin-password-e2e",
    email: "erin.editor@example.test",
    name: "Erin Editor",
    groups: ["staff", EDITOR_GROUP],
  },
  viewer: {
    login: "victor",
    password: "victor-password-e2e",
    email: "victor.viewer@example.test",
    name: "Victor Viewer",
    groups: ["staff"],
  },
} satisfies Record<string, TestUser>;

/** What an app server under test needs to sign in through the provider, at the origin it serves. */
export function oidcServerEnv(appOrigin: string): Record<string, string> {
  return {
    OIDC_ISSUER,
    OIDC_CLIENT_ID: OIDC_CLIENT.id,
    OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
    OIDC_SCOPES: "email profile groups",
    OIDC_DISPLAY_NAME: "E2E IdP",
    EDITOR_GROUPS: EDITOR_GROUP,
    PUBLIC_ORIGIN: appOrigin,
  };
}
