/**
 * The security headers of every response. Pages rendered per request get a nonce-based CSP from
 * the proxy (Next.js adds the nonce to its own inline scripts when it finds the policy on the
 * request); cached pages a fixed one from next.config.ts; the JSON API a policy that allows
 * nothing, since its responses are never documents.
 */

// Relative, not "@/": next.config.ts loads this module outside the bundler.
import { EMBED_SCRIPT_CSP_HASH } from "../theme/embed-script";
import { THEME_SCRIPT_CSP_HASH } from "../theme/theme-script";

/**
 * Origins allowed to frame the embed pages: this site and EMBED_ALLOWED_ORIGINS (space-separated
 * origins), or no one when it says 'none'.
 */
export function frameAncestors(setting: string | undefined): string {
  const origins = (setting ?? "")
    .split(/\s+/)
    .filter(
      (origin) => /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(origin) || origin === "'self'" || origin === "'none'",
    );
  if (origins.includes("'none'")) return "'none'";
  return ["'self'", ...origins.filter((origin) => origin !== "'self'")].join(" ");
}

export function pageCsp(
  nonce: string,
  options: { embedOrigins: string | undefined; dev: boolean; embed?: boolean },
): string {
  // 'strict-dynamic' lets the nonced bootstrap load the app's chunks; the hash allows the theme script
  // that runs before first paint (the layout cannot read the nonce and stay cacheable), on embed pages
  // the embed script (theme and height: lib/theme/embed-script.ts); 'unsafe-eval' only for React's dev tooling.
  const inline = options.embed ? EMBED_SCRIPT_CSP_HASH : THEME_SCRIPT_CSP_HASH;
  return pagePolicy(
    `'self' 'nonce-${nonce}' ${inline} 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    frameAncestors(options.embedOrigins),
  );
}

/**
 * For the pages served from Next's cache (the Summary): one response serves every request, so
 * there is no per-request nonce to give, and Next's inline scripts (the RSC payload) change with
 * the data, so no fixed hashes either. Scripts come from this origin or are inline; nothing the
 * page shows is user markup (React escapes all text), and every other directive stays as strict.
 */
export function cachedPageCsp(options: { dev: boolean }): string {
  return pagePolicy(`'self' 'unsafe-inline'${options.dev ? " 'unsafe-eval'" : ""}`, "'self'");
}

function pagePolicy(scriptSrc: string, ancestors: string): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    // Inline style attributes (React style props, Next's route announcer) need 'unsafe-inline'; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    // data:/blob: for the charts' PNG export and Copy image.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${ancestors}`,
  ].join("; ");
}

export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Headers that do not depend on the request, for every response. */
export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // clipboard-write stays allowed: the charts' "Copy link" and "Copy image" buttons use it.
  "Permissions-Policy":
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), browsing-topics=(), interest-cohort=()",
  "Cross-Origin-Opener-Policy": "same-origin",
  // No other site may embed the app's responses (images, JSON) in its pages; the link previews
  // are fetched by crawlers, which CORP does not concern.
  "Cross-Origin-Resource-Policy": "same-origin",
};

/**
 * The embed snippet's resize script (public/embed.js) is loaded by pages on other sites: it alone
 * is a resource other origins may use (Cross-Origin-Resource-Policy).
 */
export const EMBED_SCRIPT_HEADERS: Record<string, string> = { "Cross-Origin-Resource-Policy": "cross-origin" };

/** Browsers and proxies may keep the cached Summary but must check back before reusing it. */
export const SUMMARY_CACHE_CONTROL = "public, max-age=0, must-revalidate";

/**
 * The public views (lib/cache/public-views.ts): Next's default for a page rendered per request has
 * no-store, which bars the back/forward cache. These hold nothing private, so the browser may keep
 * them (and Back shows the page as that address rendered it) but must ask again before any other
 * reuse; "private" because each response has its own CSP nonce, which no shared cache may hand out twice.
 */
export const PUBLIC_VIEW_CACHE_CONTROL = "private, no-cache";

export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
