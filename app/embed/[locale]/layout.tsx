import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { UrlStateAdapter } from "@/components/layout/url-state-adapter";
import { htmlLang, resolveLocale } from "@/i18n/locale";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Meta" });
  return { title: { default: t("appName"), template: `%s · ${t("titleSuffix")}` }, robots: { index: false } };
}

/**
 * Embed mode (?embed=1 on a chart view): the proxy rewrites /<locale>/<view>?embed=1 here, so the
 * view renders without header, footer or navigation (it shows just its charts) and the locale
 * layout never has to read the request.
 */
export default async function EmbedLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  return (
    <html lang={htmlLang(locale)}>
      <body className="bg-white">
        <NextIntlClientProvider messages={{}}>
          <UrlStateAdapter>
            <main id="main" className="w-full p-2 sm:p-3">
              {children}
            </main>
          </UrlStateAdapter>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
