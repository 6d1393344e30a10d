import { frameAncestors } from "@/lib/security/headers";
import { configuredOrigin } from "@/lib/site-origin";

/**
 * Who may embed the chart views, as the Embed dialog says it: the origins of EMBED_ALLOWED_ORIGINS
 * and this site (the embed pages' CSP frame-ancestors, lib/security/headers.ts), this site named
 * by its public origin; no one when the setting is 'none'.
 */
export function embedAllowedOrigins(env: Record<string, string | undefined> = process.env): {
  thisSite: string | null;
  others: string[];
} {
  const sources = frameAncestors(env.EMBED_ALLOWED_ORIGINS).split(" ");
  const thisSite = configuredOrigin(env);
  return {
    thisSite: sources.includes("'self'") ? thisSite : null,
    others: sources.filter((source) => !source.startsWith("'") && source !== thisSite),
  };
}
