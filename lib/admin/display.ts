import type { AppLocale } from "@/i18n/routing";
import { BCP47 } from "@/lib/vocabulary";

const dateTimeFormats = new Map<AppLocale, Intl.DateTimeFormat>();

/** A moment in the admin's tables, in UTC (the server does not know the reader's time zone): "Nov 28, 2026, 01:43 UTC". */
export function formatDateTimeUtc(date: Date, locale: AppLocale): string {
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(BCP47[locale], {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "UTC",
      hourCycle: "h23",
    });
    dateTimeFormats.set(locale, format);
  }
  return locale === "zh" ? `${format.format(date)}（UTC）` : `${format.format(date)} UTC`;
}

/** The browser a session was started from, in a word (or the first bit of its user agent). */
export function browserName(userAgent: string | null): string | null {
  if (!userAgent) return null;
  for (const [pattern, name] of [
    [/Edg\//, "Edge"],
    [/Firefox\//, "Firefox"],
    [/Chrom(e|ium)\//, "Chrome"],
    [/Safari\//, "Safari"],
    [/curl\//, "curl"],
  ] as const) {
    if (pattern.test(userAgent)) return name;
  }
  return userAgent.slice(0, 40);
}

/** The fields an update changed (its before/after in the audit log), in the record's own order. */
export function changedFields(before: unknown, after: unknown): string[] {
  if (!before || !after || typeof before !== "object" || typeof after !== "object") return [];
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const ignored = new Set(["version", "updatedAt"]);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (key) => !ignored.has(key) && JSON.stringify(a[key]) !== JSON.stringify(b[key]),
  );
}
