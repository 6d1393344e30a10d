import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";

import { BCP47 } from "@/lib/vocabulary";

import { routing, type AppLocale } from "./routing";

/** Validates the [locale] segment (404 otherwise) and enables static rendering for it. */
export async function resolveLocale(params: Promise<{ locale: string }>): Promise<AppLocale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** The BCP 47 tag for <html lang>. */
export function htmlLang(locale: AppLocale): string {
  return BCP47[locale];
}
