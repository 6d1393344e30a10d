import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import "./globals.css";

import { LocaleDocument } from "@/components/layout/locale-document";
import { NotFoundMessage } from "@/components/layout/not-found-message";
import type { AppLocale } from "@/i18n/routing";

/*
 * Any path no view matches (/zh/no-such-page) lands here, outside every layout (hence the stylesheet
 * import). Next renders it on the server with status 404, so it reads without JavaScript, unlike
 * notFound() thrown from a view (vercel/next.js#62228, app/[locale]/not-found.tsx). It reads the request
 * (the locale comes from the path, through the proxy's next-intl header), which app/not-found.tsx must
 * not: Next renders that one into every page, the cached Summary included.
 */
const requestLocale = async () => (await getLocale()) as AppLocale;

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  const [notFound, meta] = await Promise.all([
    getTranslations({ locale, namespace: "NotFound" }),
    getTranslations({ locale, namespace: "Meta" }),
  ]);
  return { title: `${notFound("title")} · ${meta("titleSuffix")}` };
}

export default async function GlobalNotFound() {
  const locale = await requestLocale();
  return (
    <LocaleDocument locale={locale}>
      <NotFoundMessage locale={locale} />
    </LocaleDocument>
  );
}
