import { routing } from "@/i18n/routing";
import { firstValue, type RawSearchParams } from "@/lib/url-state/search-params";

/**
 * Embed mode (?embed=1): a chart view shows just its chart(s) and their toolbar, for the internal
 * portal's iframes. Pages read the query themselves; for the chrome-less layout the proxy rewrites
 * the request into app/embed/ (embedRewritePath), so the locale layout never reads the request.
 */
export function isEmbedQuery(query: RawSearchParams | URLSearchParams): boolean {
  const value = query instanceof URLSearchParams ? query.get("embed") : firstValue(query.embed);
  return value === "1";
}

const EMBEDDABLE_VIEWS = ["models", "capex", "training"] as const;
const EMBEDDABLE_PATH = new RegExp(`^/(${routing.locales.join("|")})/(${EMBEDDABLE_VIEWS.join("|")})/?$`);

/** Where an embed request for `pathname` is served from, or null when that path has no embed mode. */
export function embedRewritePath(pathname: string): string | null {
  const match = EMBEDDABLE_PATH.exec(pathname);
  return match ? `/embed/${match[1]}/${match[2]}` : null;
}
