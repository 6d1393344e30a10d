import "server-only";

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { routing, type AppLocale } from "@/i18n/routing";
import { parseModelsQuery, serializeModelsQuery } from "@/lib/models/params";
import { configuredOrigin } from "@/lib/site-origin";
import { DATA_VERSION_PARAM, withDataVersion } from "@/lib/url-state/data-version";
import type { RawSearchParams } from "@/lib/url-state/search-params";

import type { OgCard } from "./card";
import { buildOgCard } from "./cards";
import { modelOgCard } from "./model-card";
import { ogImagePath } from "./request";
import type { OgView } from "./views";

const OG_LOCALE: Record<AppLocale, string> = { zh: "zh_CN", en: "en_US" };

type Preview = {
  card: OgCard;
  description: string;
  /** The image's path (ogImagePath). */
  image: string;
  /** The page's path in a locale, with its canonical query. */
  href: (target: AppLocale) => string;
  title?: string;
};

/**
 * A page's link-preview metadata: og:title and og:description say what the card shows (in the
 * locale's words), og:image is the card drawn at 1200×630, og:url the canonical deep link. URLs are
 * absolute against the configured public origin (PUBLIC_ORIGIN), never the request's Host.
 */
async function previewMetadata(
  locale: AppLocale,
  { card, description, image, href, title }: Preview,
): Promise<Metadata> {
  const [tMeta, tSharing] = await Promise.all([
    getTranslations({ locale, namespace: "Meta" }),
    getTranslations({ locale, namespace: "Sharing" }),
  ]);
  const images = [
    {
      url: image,
      width: 1200,
      height: 630,
      type: "image/png",
      alt: tSharing("ogAlt", { title: card.title, subtitle: description }),
    },
  ];
  return {
    metadataBase: new URL(configuredOrigin()),
    ...(title ? { title } : {}),
    description,
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
      description,
      images,
    },
    twitter: { card: "summary_large_image", title: card.title, description, images },
  };
}

/**
 * A view's link-preview metadata for its URL state: the card of its main chart. `title` is the page's
 * <title>; `path` the view's path after the locale ("/capex", "" for the summary).
 */
export async function viewMetadata(
  view: OgView,
  raw: RawSearchParams,
  locale: AppLocale,
  path: string,
  title?: string,
): Promise<Metadata> {
  const { card, query } = await buildOgCard(view, raw, locale);
  return previewMetadata(locale, {
    card,
    description: card.subtitle,
    image: ogImagePath(view, locale, query),
    href: (target) => `/${target}${path}${query ? `?${query}` : ""}`,
    title,
  });
}

/**
 * A model page's link-preview metadata: the model's card (lib/og/model-card.ts), on the link's data
 * version; its <title> is the model's name. Nothing for a slug that names no model (the page is a 404
 * or redirects to the model an alias means).
 */
export async function modelMetadata(slug: string, raw: RawSearchParams, locale: AppLocale): Promise<Metadata> {
  const preview = await modelOgCard({ slug, [DATA_VERSION_PARAM]: raw[DATA_VERSION_PARAM] }, locale);
  if (!preview) return {};
  const { card, query, description, version } = preview;
  // The page keeps the list's state (for "back") and the pin; the card shows the model alone.
  const pageQuery = withDataVersion(serializeModelsQuery(parseModelsQuery(raw).state), version);
  return previewMetadata(locale, {
    card,
    description,
    image: ogImagePath("model", locale, query),
    href: (target) => `/${target}/models/${slug}${pageQuery ? `?${pageQuery}` : ""}`,
    title: card.title,
  });
}
