import type { AppLocale } from "@/i18n/routing";

/**
 * Picks the zh or en variant of a bilingual database field pair. Through a Record, so that a new
 * locale fails to compile here, and then at every call once pick takes its variant too.
 */
export function pick<T>(locale: AppLocale, zh: T, en: T): T {
  const variants: Record<AppLocale, T> = { zh, en };
  return variants[locale];
}
