import { parseBootstrapTokens, type BootstrapToken } from "./bootstrap-tokens";

/** Sign-in settings, all from the environment (README "Sign-in and editors"). */
export type AuthConfig = {
  /** OpenID Connect: null when OIDC_ISSUER is not set. */
  oidc: OidcSettings | null;
  /** Who edits: e-mail addresses (lower case) and provider groups; everyone else who signs in reads. */
  editors: { emails: ReadonlySet<string>; groups: ReadonlySet<string> };
  /** READ_REQUIRES_SIGN_IN: every page, read API and preview image needs a session (or a token). */
  readRequiresSignIn: boolean;
  session: { idleSeconds: number; maxSeconds: number };
  bootstrapTokens: BootstrapToken[];
};

export type OidcSettings = {
  issuer: string;
  clientId: string;
  /** Absent for a public client (PKCE only). */
  clientSecret: string | undefined;
  redirectUri: string;
  scope: string;
  groupsClaim: string;
  /** Plain-HTTP issuers are accepted on loopback only (a provider on this machine, e.g. in tests). */
  allowHttp: boolean;
  /** The name on the sign-in button, e.g. "Microsoft Entra ID"; null = a generic label. */
  displayName: string | null;
};

export const CALLBACK_PATH = "/api/auth/callback";

/** A misconfiguration the server refuses to start with; the message lists every problem. */
export class AuthConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The sign-in settings are invalid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "AuthConfigError";
  }
}

const list = (value: string | undefined) =>
  (value ?? "")
    .split(/[,\s]+/)
    .map((item) => item.trim())
    .filter(Boolean);
const isLoopback = (host: string) => host === "localhost" || host === "[::1]" || /^127(\.\d{1,3}){3}$/.test(host);

function positiveNumber(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  max: number,
  problems: string[],
): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > max) {
    problems.push(`${name} must be a number from 1 to ${max}, not "${raw}"`);
    return fallback;
  }
  return value;
}

function oidcSettings(env: Record<string, string | undefined>, problems: string[]): OidcSettings | null {
  const issuerSetting = env.OIDC_ISSUER?.trim();
  if (!issuerSetting) return null;
  let issuer: URL | null = null;
  try {
    issuer = new URL(issuerSetting);
  } catch {
    problems.push(`OIDC_ISSUER is not a URL: "${issuerSetting}"`);
  }
  if (issuer && issuer.protocol !== "https:" && !(issuer.protocol === "http:" && isLoopback(issuer.hostname))) {
    problems.push("OIDC_ISSUER must be https:// (plain http only for a provider on this machine)");
  }
  const clientId = env.OIDC_CLIENT_ID?.trim();
  if (!clientId) problems.push("OIDC_CLIENT_ID is required with OIDC_ISSUER");
  const origin = env.PUBLIC_ORIGIN?.trim().replace(/\/$/, "");
  if (!origin || !/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(origin)) {
    problems.push(
      "PUBLIC_ORIGIN (e.g. https://lens.example.com) is required with OIDC_ISSUER: the provider redirects back to PUBLIC_ORIGIN/api/auth/callback",
    );
  }
  const scope = ["openid", ...list(env.OIDC_SCOPES ?? "email profile").filter((s) => s !== "openid")].join(" ");
  return {
    issuer: issuerSetting,
    clientId: clientId ?? "",
    clientSecret: env.OIDC_CLIENT_SECRET?.trim() || undefined,
    redirectUri: `${origin ?? ""}${CALLBACK_PATH}`,
    scope,
    groupsClaim: env.OIDC_GROUPS_CLAIM?.trim() || "groups",
    allowHttp: issuer?.protocol === "http:",
    displayName: env.OIDC_DISPLAY_NAME?.trim() || null,
  };
}

/** Reads and checks every sign-in setting; throws AuthConfigError listing all problems at once. */
export function parseAuthConfig(env: Record<string, string | undefined>): AuthConfig {
  const problems: string[] = [];
  const oidc = oidcSettings(env, problems);
  const bootstrap = parseBootstrapTokens(env);
  problems.push(...bootstrap.problems);
  const readRequiresSignIn = /^(1|true|yes)$/i.test(env.READ_REQUIRES_SIGN_IN?.trim() ?? "");
  if (readRequiresSignIn && !oidc && bootstrap.tokens.length === 0) {
    problems.push("READ_REQUIRES_SIGN_IN needs a way to sign in: set OIDC_ISSUER (or bootstrap tokens)");
  }
  const idleMinutes = positiveNumber(env, "SESSION_IDLE_MINUTES", 120, 60 * 24 * 30, problems);
  const maxHours = positiveNumber(env, "SESSION_MAX_HOURS", 12, 24 * 90, problems);
  if (problems.length > 0) throw new AuthConfigError(problems);
  return {
    oidc,
    editors: {
      emails: new Set(list(env.EDITOR_EMAILS).map((e) => e.toLowerCase())),
      groups: new Set(list(env.EDITOR_GROUPS)),
    },
    readRequiresSignIn,
    session: { idleSeconds: Math.round(idleMinutes * 60), maxSeconds: Math.round(maxHours * 3600) },
    bootstrapTokens: bootstrap.tokens,
  };
}

const SETTINGS = [
  "OIDC_ISSUER",
  "OIDC_CLIENT_ID",
  "OIDC_CLIENT_SECRET",
  "OIDC_SCOPES",
  "OIDC_GROUPS_CLAIM",
  "OIDC_DISPLAY_NAME",
  "PUBLIC_ORIGIN",
  "EDITOR_EMAILS",
  "EDITOR_GROUPS",
  "READ_REQUIRES_SIGN_IN",
  "SESSION_IDLE_MINUTES",
  "SESSION_MAX_HOURS",
  "ADMIN_TOKEN",
  "ADMIN_TOKENS",
] as const;
let cached: { key: string; config: AuthConfig } | null = null;

/** This process's settings (parsed once; again only if the environment changed, as in tests). */
export function authConfig(env: Record<string, string | undefined> = process.env): AuthConfig {
  const key = SETTINGS.map((name) => env[name] ?? "").join("\u0000");
  if (cached?.key !== key) cached = { key, config: parseAuthConfig(env) };
  return cached.config;
}
