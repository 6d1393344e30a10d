import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { LocaleDocument } from "@/components/layout/locale-document";
import { resolveLocale } from "@/i18n/locale";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Meta" });
  return {
    title: { default: `${t("appName")} · ${t("tagline")}`, template: `%s · ${t("titleSuffix")}` },
    description: t("tagline"),
  };
}

/**
 * Reads nothing from the request, so a page below it can be served from Next's cache (the
 * Summary). Embed mode has its own chrome-less layout: app/embed/[locale]/layout.tsx.
 */
export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  return <LocaleDocument locale={await resolveLocale(params)}>{children}</LocaleDocument>;
}
