import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { htmlLang, resolveLocale } from "@/i18n/locale";
import { routing } from "@/i18n/routing";
import { EMBED_REQUEST_HEADER } from "@/lib/embed/embed-mode";
import { requestOrigin } from "@/lib/site-origin";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Meta" });
  return {
    // Absolute URLs for link previews (og:image, og:url), from the host the request came to.
    metadataBase: new URL(requestOrigin(await headers())),
    title: { default: `${t("appName")} · ${t("tagline")}`, template: `%s · ${t("titleSuffix")}` },
    description: t("tagline"),
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Nav" });
  if ((await headers()).get(EMBED_REQUEST_HEADER) === "1") {
    // Embed mode: the page alone (it renders just its charts), no header, footer or navigation.
    return (
      <html lang={htmlLang(locale)}>
        <body className="bg-white">
          <NextIntlClientProvider messages={{}}>
            <main id="main" className="w-full p-2 sm:p-3">{children}</main>
          </NextIntlClientProvider>
        </body>
      </html>
    );
  }
  return (
    <html lang={htmlLang(locale)}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="print-hidden sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {t("skipToContent")}
        </a>
        {/* Client components get their strings as props; the provider only carries the locale. */}
        <NextIntlClientProvider messages={{}}>
          <SiteHeader locale={locale} />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6 sm:py-8">
            {children}
          </main>
          <SiteFooter locale={locale} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
