import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { UrlStateAdapter } from "@/components/layout/url-state-adapter";
import { htmlLang, resolveLocale } from "@/i18n/locale";
import { THEME_SCRIPT } from "@/lib/theme/theme-script";

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
  const locale = await resolveLocale(params);
  const [t, messages] = await Promise.all([getTranslations({ locale, namespace: "Nav" }), getMessages({ locale })]);
  return (
    // The theme script sets the `dark` class before React hydrates, so <html> differs from the server's on purpose.
    <html lang={htmlLang(locale)} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="print-hidden sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        {/* Client components get their strings as props; the provider carries the locale and the
            error page's strings (app/[locale]/error.tsx has no other way to get them). */}
        <NextIntlClientProvider messages={{ ErrorPage: messages.ErrorPage }}>
          <UrlStateAdapter>
            <SiteHeader locale={locale} />
            <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6 sm:py-8">
              {children}
            </main>
            <SiteFooter locale={locale} />
          </UrlStateAdapter>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
