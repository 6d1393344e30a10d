// A real OpenID Connect provider (oidc-provider, the certified implementation) on loopback for the
// e2e tests: one confidential client that must use PKCE, and the users of settings.ts, who sign
// in through the login form below. Started by playwright.config.ts; OIDC_REDIRECT_URIS lists the
// app servers' callbacks. No consent screen: the test client is first-party.
// Misbehaving on purpose for one user: in the token response after TEST_USERS.foreignKey signs in,
// the ID token is re-signed with a key the JWKS this provider publishes does not hold, as a
// misrouting proxy or a compromised provider would (an ID token the app must refuse).
import { generateKeyPairSync, randomUUID, sign } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import Provider, { type KoaContextWithOIDC } from "oidc-provider";

import { OIDC_CLIENT, OIDC_ISSUER, OIDC_PORT, TEST_USERS, type TestUser } from "./settings";

const users = new Map<string, TestUser>(Object.values(TEST_USERS).map((user) => [user.login, user]));
const redirectUris = (process.env.OIDC_REDIRECT_URIS ?? "").split(/\s+/).filter(Boolean);
const SCOPE = "openid email profile groups";

const provider = new Provider(OIDC_ISSUER, {
  clients: [
    {
      client_id: OIDC_CLIENT.id,
      client_secret: OIDC_CLIENT.secret,
      redirect_uris: redirectUris,
      response_types: ["code"],
      grant_types: ["authorization_code"],
      token_endpoint_auth_method: "client_secret_basic",
    },
  ],
  pkce: { required: () => true },
  scopes: ["openid", "email", "profile", "groups"],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"], groups: ["groups"] },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  cookies: { keys: ["e2e-provider-cookie-key-not-secret"] },
  async findAccount(_ctx, id) {
    const user = users.get(id);
    if (!user) return undefined;
    return {
      accountId: id,
      claims: async () => ({
        sub: id,
        email: user.email,
        email_verified: user.emailVerified ?? true,
        name: user.name,
        groups: user.groups,
      }),
    };
  },
  // First-party client: the grant is implied, no consent prompt.
  async loadExistingGrant(ctx: KoaContextWithOIDC) {
    const accountId = ctx.oidc.session?.accountId;
    if (!accountId || !ctx.oidc.client) return undefined;
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId });
    grant.addOIDCScope(SCOPE);
    await grant.save();
    return grant;
  },
});

const foreignKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
const foreignKid = `foreign-${randomUUID()}`;
// Set when the foreign-key user signs in; the next token exchange (theirs: sign-ins run one at a time) is re-signed.
let foreignTokenExchange = false;

/** The same ID token, signed with the foreign key under a kid the provider's JWKS does not list. */
function foreignSigned(idToken: string): string {
  const payload = idToken.split(".")[1] ?? "";
  const header = Buffer.from(JSON.stringify({ alg: "RS256", typ: "JWT", kid: foreignKid })).toString("base64url");
  const signature = sign("sha256", Buffer.from(`${header}.${payload}`), foreignKey).toString("base64url");
  return `${header}.${payload}.${signature}`;
}

/** Lets the provider answer, then swaps the ID token in its JSON body before it leaves. */
function reSignTokenResponse(res: ServerResponse): void {
  const end = res.end.bind(res) as (body?: Buffer) => ServerResponse;
  res.end = ((body?: unknown) => {
    const text = Buffer.isBuffer(body) || typeof body === "string" ? body.toString() : "";
    try {
      const json = JSON.parse(text) as { id_token?: string };
      if (json.id_token) json.id_token = foreignSigned(json.id_token);
      const swapped = Buffer.from(JSON.stringify(json));
      if (!res.headersSent) res.setHeader("content-length", swapped.length);
      return end(swapped);
    } catch {
      return end(Buffer.from(text));
    }
  }) as typeof res.end;
}

const page = (uid: string, error: string | null) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>E2E IdP · Sign-in</title></head>
<body><main><h1>E2E IdP</h1>
${error ? `<p role="alert">${error}</p>` : ""}
<form method="post" action="/interaction/${uid}/login">
<label>Username <input name="login" autocomplete="username" required></label>
<label>Password <input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">Sign in</button>
</form></main></body></html>`;

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = "";
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

async function interaction(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (req.method === "POST" && req.url?.endsWith("/login")) {
    const form = await readForm(req);
    const user = users.get(form.get("login") ?? "");
    if (!user || user.password !== form.get("password")) {
      res
        .writeHead(200, { "content-type": "text/html; charset=utf-8" })
        .end(page(details.uid, "Wrong username or password."));
      return;
    }
    foreignTokenExchange = user.login === TEST_USERS.foreignKey.login;
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: user.login } },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  res
    .writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" })
    .end(page(details.uid, null));
}

const callback = provider.callback();
function handle(req: IncomingMessage, res: ServerResponse): void {
  if (foreignTokenExchange && req.method === "POST" && req.url?.startsWith("/token")) {
    foreignTokenExchange = false;
    reSignTokenResponse(res);
  }
  if (req.url?.startsWith("/interaction/")) {
    interaction(req, res).catch((error: unknown) => {
      res
        .writeHead(400, { "content-type": "text/plain" })
        .end(error instanceof Error ? error.message : "interaction failed");
    });
    return;
  }
  void callback(req, res);
}

// "localhost" may resolve to either loopback address, so the provider listens on both.
createServer(handle).listen(OIDC_PORT, "127.0.0.1", () =>
  console.log(`e2e OpenID provider on ${OIDC_ISSUER} for ${redirectUris.join(", ")}`),
);
createServer(handle)
  .on("error", () => console.log("e2e OpenID provider: no IPv6 loopback, IPv4 only"))
  .listen(OIDC_PORT, "::1");
