import "server-only";

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { routing, type AppLocale } from "@/i18n/routing";
import { configuredOrigin } from "@/lib/site-origin";
import type { RawSearchParams } from "@/lib/url-state/search-params";

import { buildOgCard } from "./cards";
import { ogImagePath } from "./request";
import type { OgView } from "./views";

const OG_LOCALE: Record<AppLocale, string> = { zh: "zh_CN", en: "en_US" };

/**
 * A view's link-preview metadata for its URL state: og:title and og:description say what the chart
 * shows (in the locale's words), og:image is that chart drawn at 1200×630, og:url the canonical deep
 * link. `title` is the page's <title>; `path` the view's path after the locale ("/capex", "" for the summary).
 * URLs are absolute against the configured public origin (PUBLIC_ORIGIN), never the request's Host.
 */
export async function viewMetadata(
  view: OgView,
  raw: RawSearchParams,
  locale: AppLocale,
  path: string,
  title?: string,
): Promise<Metadata> {
  const [{ card, query }, tMeta, tSharing] = await Promise.all([
    buildOgCard(view, raw, locale),
    getTranslations({ locale, namespace: "Meta" }),
    getTranslations({ locale, namespace: "Sharing" }),
  ]);
  const href = (target: AppLocale) => `/${target}${path}${query ? `?${query}` : ""}`;
  const image = {
    url: ogImagePath(view, locale, query),
    width: 1200,
    height: 630,
    type: "image/png",
    alt: tSharing("ogAlt", { title: card.title, subtitle: card.subtitle }),
  };
  return {
    metadataBase: new URL(configuredOrigin()),
    ...(title ? { title } : {}),
    description: card.subtitle,
    alternates: {
      canonical: href(locale),
      languages: Object.fromEntries(routing.locales.map((target) => [target, href(target)])),
    },
    openGraph: {
      type: "website",
      siteName: tMeta("appName"),
      locale: OG_LOCALE[locale],
      url: href(locale),
      title: card.title,
      description: card.subtitle,
      images: [image],
    },
    twitter: { card: "summary_large_image", title: card.title, description: card.subtitle, images: [image] },
  };
}
