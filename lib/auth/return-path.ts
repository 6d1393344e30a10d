import { hasLocale } from "next-intl";

import { routing, type AppLocale } from "@/i18n/routing";

/** The views a return path may name under a locale (app/[locale]/…); the Summary is the bare locale. */
const VIEWS = new Set(["models", "capex", "training", "admin", "s"]);
// A path segment of this app after decoding: slugs, ids, "new". Nothing a browser reads as syntax.
const SEGMENT = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/;
// What a query may hold as sent: printable ASCII (percent-encoded otherwise), no fragment, no backslash.
const QUERY = /^[\x21-\x7e]*$/;

/**
 * Where to go after signing in: a path of one of this app's views under a known locale, else the
 * locale's admin page. The path is decoded once and its dot segments resolved first, and the
 * result must be plain segments of this app: so `/.//evil`, `/a/..//evil`, `/%2e//evil`,
 * `/\evil`, `/%5cevil`, `%2f%2fevil`, `/%09/evil` or `https:evil`, which a URL parser or a browser
 * may read as another host, never get through. The answer is rebuilt from the checked segments.
 */
export function safeReturnPath(value: unknown, locale: AppLocale): string {
  return normalisedReturnPath(value) ?? `/${locale}/admin`;
}

/** The checked return path, or null when `value` is not a path of this app. */
export function normalisedReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return null;
  // Raw control characters, spaces, backslashes and fragments are refused before anything is decoded.
  if (/[\u0000-\u0020\u007f\\#]/.test(value)) return null;
  const at = value.indexOf("?");
  const rawPath = at < 0 ? value : value.slice(0, at);
  const query = at < 0 ? "" : value.slice(at + 1);
  if (!rawPath.startsWith("/") || rawPath.startsWith("//") || !QUERY.test(query)) return null;
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  // Once decoded, a path holds no encoded syntax any more: `%2f`, `%5c`, `%09`, a second `%…`, `//`.
  if (/[\u0000-\u0020\u007f-\u009f\\%?#]/.test(path) || path.includes("//")) return null;
  const segments: string[] = [];
  for (const segment of path.slice(1).split("/")) {
    if (segment === "..") {
      if (segments.pop() === undefined) return null;
    } else if (segment !== "." && segment !== "") {
      if (!SEGMENT.test(segment)) return null;
      segments.push(segment);
    }
  }
  const [first, view] = segments;
  if (!first || !hasLocale(routing.locales, first)) return null;
  if (view !== undefined && !VIEWS.has(view)) return null;
  return `/${segments.join("/")}${query ? `?${query}` : ""}`;
}

/** The locale a sign-in form or link names, else the default. */
export function requestedLocale(value: unknown): AppLocale {
  return typeof value === "string" && hasLocale(routing.locales, value) ? value : routing.defaultLocale;
}
