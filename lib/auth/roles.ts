import type { AuthConfig } from "./config";

export type Role = "editor" | "viewer";

/** Users who signed in with a bootstrap token carry this issuer; their subject is the token's label. */
export const BOOTSTRAP_ISSUER = "bootstrap";

export type RoleSubject = { issuer: string; subject: string; email: string | null; groups: readonly string[] };

/**
 * A signed-in user's role under the current settings, or null when they may no longer be signed in
 * (a bootstrap label that was removed). Derived on every request, so editing EDITOR_EMAILS,
 * EDITOR_GROUPS or the tokens takes effect at the next restart without anyone signing in again.
 */
export function roleFor(user: RoleSubject, config: Pick<AuthConfig, "editors" | "bootstrapTokens">): Role | null {
  if (user.issuer === BOOTSTRAP_ISSUER)
    return config.bootstrapTokens.some((t) => t.label === user.subject) ? "editor" : null;
  if (user.email && config.editors.emails.has(user.email.toLowerCase())) return "editor";
  if (user.groups.some((group) => config.editors.groups.has(group))) return "editor";
  return "viewer";
}
