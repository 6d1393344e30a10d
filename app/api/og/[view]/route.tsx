import { ImageResponse } from "next/og";
import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { OgCardImage } from "@/components/og/og-card";
import type { AppLocale } from "@/i18n/routing";
import type { OgCard } from "@/lib/og/card";
import { buildOgCard } from "@/lib/og/cards";
import { loadOgFonts } from "@/lib/og/fonts";
import { parseOgRequest } from "@/lib/og/request";

export const dynamic = "force-dynamic";

const SIZE = { width: 1200, height: 630 };
// Previews follow the data (admins edit it), so caches may keep them only briefly.
const HEADERS = { "Content-Type": "image/png", "Cache-Control": "public, max-age=300" };

async function render(card: OgCard, fonts: Awaited<ReturnType<typeof loadOgFonts>>["fonts"]): Promise<ArrayBuffer> {
  // Rendered to bytes here, not streamed, so a failure can still be answered with a picture.
  return new ImageResponse(<OgCardImage card={card} />, { ...SIZE, fonts: fonts.length > 0 ? fonts : undefined }).arrayBuffer();
}

async function fallbackCard(locale: AppLocale): Promise<OgCard> {
  const t = await getTranslations({ locale, namespace: "Meta" });
  return { kicker: t("appName"), title: t("appName"), subtitle: t("tagline"), layout: "columns", groups: [], legend: [], source: "" };
}

/**
 * The link-preview image (1200×630 PNG) of a view's main chart for the state in the query:
 * /api/og/capex?locale=en&preset=guidance. A bad query draws the view's defaults; never a 500.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ view: string }> }) {
  const parsed = parseOgRequest((await params).view, request.nextUrl.searchParams);
  if (!parsed) return new Response("Unknown view", { status: 404 });
  const { fonts, cjk } = await loadOgFonts();
  // Without a CJK font Satori would draw boxes (or try to download glyphs): draw English instead.
  const locale = cjk ? parsed.locale : "en";
  let body: ArrayBuffer;
  try {
    body = await render((await buildOgCard(parsed.view, parsed.query, locale)).card, fonts);
  } catch (error) {
    console.error(`Open Graph image of ${request.nextUrl.pathname}${request.nextUrl.search} failed; drawing the fallback`, error);
    body = await render(await fallbackCard(locale), fonts);
  }
  return new Response(body, { headers: HEADERS });
}
