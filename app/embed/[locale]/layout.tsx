import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { EmbedSignature } from "@/components/layout/embed-signature";
import { UrlStateAdapter } from "@/components/layout/url-state-adapter";
import { htmlLang, resolveLocale } from "@/i18n/locale";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Meta" });
  return { title: { default: t("appName"), template: `%s · ${t("titleSuffix")}` }, robots: { index: false } };
}

/**
 * Embed mode (?embed=1 on a chart view): the proxy rewrites /<locale>/<view>?embed=1 here, so the
 * view renders without header, footer or navigation (it shows just its charts, signed with the
 * product's name and a link to the full view) and the locale layout never has to read the request.
 * Embeds stay in the light theme: they sit inside someone else's page.
 */
export default async function EmbedLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = await resolveLocale(params);
  const [meta, t] = await Promise.all([
    getTranslations({ locale, namespace: "Meta" }),
    getTranslations({ locale, namespace: "Embed" }),
  ]);
  return (
    <html lang={htmlLang(locale)}>
      <body className="bg-white">
        <NextIntlClientProvider messages={{}}>
          <UrlStateAdapter>
            <main id="main" className="w-full p-2 sm:p-3">
              {children}
              <EmbedSignature appName={meta("appName")} openLabel={t("openFullView")} fallbackHref={`/${locale}`} />
            </main>
          </UrlStateAdapter>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
