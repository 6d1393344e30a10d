import type { AppLocale } from "@/i18n/routing";

/** Picks the zh or en variant of a bilingual database field pair. */
export function pick<T>(locale: AppLocale, zh: T, en: T): T {
  return locale === "zh" ? zh : en;
}
