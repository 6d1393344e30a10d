import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { EmbedSignature } from "@/components/layout/embed-signature";
import { UrlStateAdapter } from "@/components/layout/url-state-adapter";
import { htmlLang, resolveLocale } from "@/i18n/locale";
import { EMBED_SCRIPT } from "@/lib/theme/embed-script";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Meta" });
  return { title: { default: t("appName"), template: `%s · ${t("titleSuffix")}` }, robots: { index: false } };
}

/**
 * Embed mode (?embed=1 on a chart view): the proxy rewrites /<locale>/<view>?embed=1 here, so the
 * view renders without header, footer or navigation (it shows just its charts, signed with the
 * product's name and a link to the full view) and the locale layout never has to read the request.
 * Its inline script (lib/theme/embed-script.ts) picks the theme (theme= in the URL, else the host
 * page's, else the system's) and reports the page's height, which public/embed.js sizes the iframe to.
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
    // The embed script sets the `dark` class before React hydrates, so <html> differs from the server's on purpose.
    <html lang={htmlLang(locale)} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: EMBED_SCRIPT }} />
      </head>
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
