import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { ErrorShellFallback } from "@/components/layout/error-shell-fallback";
import { PrintedAddress } from "@/components/layout/printed-address";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { UrlStateAdapter } from "@/components/layout/url-state-adapter";
import { htmlLang } from "@/i18n/locale";
import type { AppLocale } from "@/i18n/routing";
import { THEME_SCRIPT } from "@/lib/theme/theme-script";

/**
 * The site's document in one locale: <html lang>, the theme, the header and footer around the page.
 * Used by the [locale] layout and by the 404 for paths no view matches (app/not-found.tsx).
 */
export async function LocaleDocument({ locale, children }: { locale: AppLocale; children: ReactNode }) {
  const [t, tReadable, messages] = await Promise.all([
    getTranslations({ locale, namespace: "Nav" }),
    getTranslations({ locale, namespace: "Readable" }),
    getMessages({ locale }),
  ]);
  return (
    // The theme script sets the `dark` class before React hydrates, so <html> differs from the server's on purpose.
    <html lang={htmlLang(locale)} suppressHydrationWarning>
      {/* eslint-disable-next-line @next/next/no-head-element -- an app-router document; the rule only knows app/ files as such */}
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
        <NextIntlClientProvider locale={locale} messages={{ ErrorPage: messages.ErrorPage }}>
          <ErrorShellFallback title={messages.ErrorPage.title} body={messages.ErrorPage.body} />
          <UrlStateAdapter>
            <SiteHeader locale={locale} />
            <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6 sm:py-8">
              {children}
              <PrintedAddress template={tReadable.raw("printedAddress") as string} />
            </main>
            <SiteFooter locale={locale} />
          </UrlStateAdapter>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
