import type { AppLocale } from "@/i18n/routing";
import type { ChartBox } from "@/lib/charts/export-frame";
import { CHART_FONT_FAMILY } from "@/lib/charts/tokens";
import { BCP47 } from "@/lib/vocabulary";

/**
 * Finishing Skia's SVG output (components/exports/panel-svg.ts) into a file that reads well anywhere: Skia writes
 * the font it drew with ("WenQuanYi Zen Hei, 文泉驛正黑") and every glyph's position; the file names
 * the page's font stack instead (the positions keep the layout whatever font the reader has).
 */

const XML_DECLARATION = /^<\?xml[^>]*\?>\s*/;
// Skia writes a space between runs as an empty element without a position.
const EMPTY_TEXT = /<text\b[^>]*>\s*<\/text>/g;
// Skia ends its coordinate lists with a separator ("10, 40, "), which strict SVG readers reject.
const COORDINATE_LIST = / (x|y)="([^"]*)"/g;
const FONT_FAMILY = / font-family="[^"]*"/g;
const FONT_STACK = CHART_FONT_FAMILY.replaceAll('"', "'");

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Skia's SVG without its XML declaration, empty text runs and trailing list separators, in the page's font stack. */
export function tidySkiaSvg(svg: string): string {
  return svg
    .replace(XML_DECLARATION, "")
    .replace(EMPTY_TEXT, "")
    .replace(
      COORDINATE_LIST,
      (_, name: string, list: string) =>
        ` ${name}="${list
          .split(/[\s,]+/)
          .filter(Boolean)
          .join(" ")}"`,
    )
    .replace(FONT_FAMILY, ` font-family="${FONT_STACK}"`);
}

/** The chart's SVG placed in the frame's box, as a nested <svg> (vector inside vector). */
export function withChart(frame: string, chart: string, box: ChartBox): string {
  const placed = chart.replace(/^<svg\b/, `<svg x="${box.x}" y="${box.y}"`);
  const end = frame.lastIndexOf("</svg>");
  return `${frame.slice(0, end)}${placed}${frame.slice(end)}`;
}

/** The file's declaration, language, scalable view box, and its title and description for readers and search. */
export function withTitle(svg: string, title: string, description: string, locale: AppLocale): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.replace(
    /^<svg\b([^>]*?)width="(\d+)" height="(\d+)"([^>]*)>/,
    (_, before: string, width: string, height: string, after: string) =>
      `<svg${before}width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xml:lang="${BCP47[locale]}"${after}><title>${escapeXml(title)}</title><desc>${escapeXml(description)}</desc>`,
  )}`;
}
