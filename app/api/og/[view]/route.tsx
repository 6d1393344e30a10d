import { getTranslations } from "next-intl/server";
import type { NextRequest } from "next/server";

import { OgCardImage } from "@/components/og/og-card";
import type { AppLocale } from "@/i18n/routing";
import { boundedRenderer } from "@/lib/og/bounded-render";
import type { OgCard } from "@/lib/og/card";
import { buildOgCard } from "@/lib/og/cards";
import { loadOgFonts } from "@/lib/og/fonts";
import { modelOgCard } from "@/lib/og/model-card";
import { renderOgPng } from "@/lib/og/render";
import { canonicalOgPath, parseOgRequest, type OgRequest } from "@/lib/og/request";

export const dynamic = "force-dynamic";

// Previews follow the data (admins edit it), so caches, ours included, keep them only briefly.
// ~20-60 kB per image: a few hundred distinct states, per process.
const previews = boundedRenderer<Buffer>({
  maxBytes: 16 * 1024 * 1024,
  maxAgeSeconds: 300,
  busy: "Too many link previews are being drawn",
});

async function fallbackCard(locale: AppLocale): Promise<OgCard> {
  const t = await getTranslations({ locale, namespace: "Meta" });
  return {
    kicker: t("appName"),
    title: t("appName"),
    subtitle: t("tagline"),
    layout: "columns",
    groups: [],
    legend: [],
    source: "",
  };
}

/** The request's card; null for a model that does not exist. */
async function requestedCard(request: OgRequest, locale: AppLocale): Promise<OgCard | null> {
  const raw = Object.fromEntries(new URLSearchParams(request.query));
  if (request.view === "model") return (await modelOgCard(raw, locale))?.card ?? null;
  return (await buildOgCard(request.view, raw, locale)).card;
}

async function draw(request: OgRequest, path: string): Promise<Buffer | null> {
  // Without a CJK font Satori would draw nothing for Chinese: draw English instead.
  const locale = (await loadOgFonts()).cjk ? request.locale : "en";
  try {
    const card = await requestedCard(request, locale);
    return card && (await renderOgPng(<OgCardImage card={card} />));
  } catch (error) {
    console.error(`Open Graph image of ${path} failed; drawing the fallback`, error);
    return renderOgPng(<OgCardImage card={await fallbackCard(locale)} />);
  }
}

/**
 * The link-preview image (1200×630 PNG) of a view's main chart for the state in the query:
 * /api/og/capex?locale=en&preset=guidance. The query is canonicalised first (the view's own parser
 * and serializer): any other spelling of the same state, a cache-buster included, is redirected to
 * the canonical URL, which is drawn once and then served from memory (lib/og/bounded-render.ts). Renders
 * wait in a short line; past it the answer is 503 with Retry-After. A bad query draws the view's defaults;
 * never a 500. /api/og/model?locale=en&slug=o1 is one model's card; a slug that names no model is a 404.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ view: string }> }) {
  const parsed = parseOgRequest((await params).view, request.nextUrl.searchParams);
  if (!parsed) return new Response("Unknown view", { status: 404 });
  const path = canonicalOgPath(parsed);
  return previews.respond(
    request.nextUrl.pathname + request.nextUrl.search,
    path,
    () => draw(parsed, path),
    (body) =>
      new Response(new Uint8Array(body), {
        headers: { "Content-Type": "image/png", "Cache-Control": previews.cacheControl },
      }),
  );
}
