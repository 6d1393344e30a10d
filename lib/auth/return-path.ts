import { hasLocale } from "next-intl";

import { routing, type AppLocale } from "@/i18n/routing";

/**
 * Where to go after signing in: a path on this site (never another origin, never `//host` or
 * `/\host`, which browsers read as another host), else the locale's admin page.
 */
export function safeReturnPath(value: unknown, locale: AppLocale): string {
  const fallback = `/${locale}/admin`;
  if (typeof value !== "string" || value.length > 2000) return fallback;
  if (!/^\/(?![/\\])/.test(value) || /[\u0000-\u001f\\]/.test(value)) return fallback;
  try {
    const url = new URL(value, "http://x");
    return url.host === "x" ? `${url.pathname}${url.search}` : fallback;
  } catch {
    return fallback;
  }
}

/** The locale a sign-in form or link names, else the default. */
export function requestedLocale(value: unknown): AppLocale {
  return typeof value === "string" && hasLocale(routing.locales, value) ? value : routing.defaultLocale;
}
