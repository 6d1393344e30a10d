/**
 * The OpenID provider the e2e set-up starts on loopback (e2e/oidc/provider.ts, oidc-provider): its
 * port, the test client, and two users. The app servers under test get OIDC_* settings from here.
 */
export const OIDC_PORT = Number(process.env.E2E_PORT ?? 3100) + 5;
export const OIDC_ISSUER = `http://localhost:${OIDC_PORT}`;
export const OIDC_CLIENT = { id: "capex-lens-e2e", secret: "e2e-client-secret-not-for-production-0f3a9c" };
export const EDITOR_GROUP = "capex-editors";

export type TestUser = {
  login: string;
  password: string;
  email: string;
  name: string;
  groups: string[];
  /** The provider's `email_verified` claim (true unless given). */
  emailVerified?: unknown;
};
/** An address EDITOR_EMAILS names, held by a user whose provider has not verified it. */
export const UNVERIFIED_EDITOR_EMAIL = "una.unverified@example.test";
/**
 * The editor is one by group claim (EDITOR_GROUPS), the viewer is everyone else. Una claims an
 * editor's address the provider says is not verified (the string "false"); Mallory's ID tokens are
 * signed with a key outside the provider's JWKS (provider.ts), as a misbehaving provider or proxy would.
 */
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
  unverified: {
    login: "una",
    password: "una-password-e2e",
    email: UNVERIFIED_EDITOR_EMAIL,
    name: "Una Unverified",
    groups: ["staff"],
    emailVerified: "false",
  },
  foreignKey: {
    login: "mallory",
    password: "mallory-password-e2e",
    email: "mallory@example.test",
    name: "Mallory Foreign-Key",
    groups: ["staff", EDITOR_GROUP],
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
    EDITOR_EMAILS: UNVERIFIED_EDITOR_EMAIL,
    PUBLIC_ORIGIN: appOrigin,
  };
}
