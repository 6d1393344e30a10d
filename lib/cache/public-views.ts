/**
 * The public views rendered per request: read-only, the same for every reader (not admin, sign-in or
 * saved-scenario links). Their pages may be replayed at the front door (page-responses.ts) and kept
 * by the browser's back/forward cache (proxy.ts); the Summary (/zh, /en) has its own cache.
 */
const PUBLIC_VIEW_PATH = /^\/(zh|en)\/(capex|training|models(\/[^/?#]+)?)$/;

export function isPublicViewPath(pathname: string): boolean {
  return PUBLIC_VIEW_PATH.test(pathname);
}
