import { firstValue, type RawSearchParams } from "@/lib/url-state/notice";

/**
 * Embed mode (?embed=1): a view shows just its chart(s) and their toolbar, for the internal portal's
 * iframes. Pages read the query themselves; the locale layout cannot, so the proxy tells it in this
 * request header (set only by the proxy, which drops any copy a client sends).
 */
export const EMBED_REQUEST_HEADER = "x-lens-embed";

export function isEmbedQuery(query: RawSearchParams | URLSearchParams): boolean {
  const value = query instanceof URLSearchParams ? query.get("embed") : firstValue(query.embed);
  return value === "1";
}
