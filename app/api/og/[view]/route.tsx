import { getTranslations } from "next-intl/server";
import type { NextRequest } from "next/server";

import { OgCardImage } from "@/components/og/og-card";
import type { AppLocale } from "@/i18n/routing";
import type { OgCard } from "@/lib/og/card";
import { buildOgCard } from "@/lib/og/cards";
import { loadOgFonts } from "@/lib/og/fonts";
import { ImageCache } from "@/lib/og/image-cache";
import { renderOgPng } from "@/lib/og/render";
import { QueueFullError, RenderQueue } from "@/lib/og/render-queue";
import { canonicalOgPath, parseOgRequest, type OgRequest } from "@/lib/og/request";

export const dynamic = "force-dynamic";

// Previews follow the data (admins edit it), so caches, ours included, keep them only briefly.
const MAX_AGE_SECONDS = 300;
const HEADERS = { "Content-Type": "image/png", "Cache-Control": `public, max-age=${MAX_AGE_SECONDS}` };
// ~20-60 kB per image: a few hundred distinct states, per process.
const images = new ImageCache(16 * 1024 * 1024, MAX_AGE_SECONDS * 1000);
// One render at a time (each holds the main thread for tens of ms), a short line behind it, then 503.
const renders = new RenderQueue(1, 4);
const RETRY_AFTER_SECONDS = 5;

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

async function draw(request: OgRequest, path: string): Promise<Buffer> {
  // Without a CJK font Satori would draw nothing for Chinese: draw English instead.
  const locale = (await loadOgFonts()).cjk ? request.locale : "en";
  try {
    const { card } = await buildOgCard(request.view, Object.fromEntries(new URLSearchParams(request.query)), locale);
    return await renderOgPng(<OgCardImage card={card} />);
  } catch (error) {
    console.error(`Open Graph image of ${path} failed; drawing the fallback`, error);
    return renderOgPng(<OgCardImage card={await fallbackCard(locale)} />);
  }
}

/**
 * The link-preview image (1200×630 PNG) of a view's main chart for the state in the query:
 * /api/og/capex?locale=en&preset=guidance. The query is canonicalised first (the view's own parser
 * and serializer): any other spelling of the same state, a cache-buster included, is redirected to
 * the canonical URL, which is drawn once and then served from memory. Renders wait in a short line;
 * past it the answer is 503 with Retry-After. A bad query draws the view's defaults; never a 500.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ view: string }> }) {
  const parsed = parseOgRequest((await params).view, request.nextUrl.searchParams);
  if (!parsed) return new Response("Unknown view", { status: 404 });
  const path = canonicalOgPath(parsed);
  if (request.nextUrl.pathname + request.nextUrl.search !== path) {
    return new Response(null, {
      status: 308,
      headers: { Location: path, "Cache-Control": `public, max-age=${MAX_AGE_SECONDS}` },
    });
  }
  let body = images.get(path);
  if (!body) {
    try {
      body = await renders.run(async () => images.get(path) ?? (await draw(parsed, path)));
    } catch (error) {
      if (!(error instanceof QueueFullError)) throw error;
      return Response.json(
        {
          type: "urn:ai-capex-lens:problem:busy",
          title: "Busy",
          status: 503,
          detail: "Too many link previews are being drawn; try again shortly.",
        },
        {
          status: 503,
          headers: {
            "Content-Type": "application/problem+json",
            "Retry-After": String(RETRY_AFTER_SECONDS),
            "Cache-Control": "no-store",
          },
        },
      );
    }
    images.set(path, body);
  }
  return new Response(new Uint8Array(body), { headers: HEADERS });
}
