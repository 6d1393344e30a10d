import type { AppLocale } from "@/i18n/routing";

import { BRAND_ACCENT, CHART_FONT_FAMILY, CHART_PALETTES, EXPORT_LAYOUTS, type ExportFormat } from "./tokens";

/** Everything an exported chart says besides the chart: what it is, its state, caveats, where it comes from. */
export type ExportFrameMeta = {
  title: string;
  subtitle: string;
  /** A saved scenario's name line ("Saved scenario “Bull case”"), when the view shows one. */
  scenarioLine?: string;
  /** Caveats, printed as footnotes ("Note: …"). */
  notes: string[];
  /** "Source: …", already labelled. */
  source: string;
  url: string;
  date: string;
  /** The product's name, printed as the image's signature. */
  brand: string;
  locale: AppLocale;
};

/**
 * The part of a 2D context the frame draws with: the browser's canvas (the PNG) and the server's
 * Skia SVG canvas (the SVG) both have it, so both files are laid out by the same code.
 */
export type FrameContext = Pick<
  CanvasRenderingContext2D,
  | "font"
  | "fillStyle"
  | "strokeStyle"
  | "lineWidth"
  | "textAlign"
  | "textBaseline"
  | "measureText"
  | "fillText"
  | "fillRect"
  | "beginPath"
  | "moveTo"
  | "lineTo"
  | "stroke"
>;

/** Where the chart goes on the frame, in CSS px. */
export type ChartBox = { x: number; y: number; width: number; height: number };

/** The frame as laid out: its size, the chart's box, and the painter of everything around the chart. */
export type ExportFramePlan = {
  width: number;
  height: number;
  chart: ChartBox;
  paint: (ctx: FrameContext) => void;
};

const MAX_TITLE_LINES = 2;
const MAX_SUBTITLE_LINES = 3;

type Line = { text: string; font: string; colour: string; height: number };

// Punctuation that may not start a line (Chinese line-breaking rules): it stays with the character before it.
const NO_LINE_START = /^[。，、；：？！）》」』”’%,.;:!?)]/;

function wrap(ctx: FrameContext, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = "";
  // Split on spaces for Latin text and between characters for CJK, which has no spaces.
  const tokens = (text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? []).reduce<
    string[]
  >((merged, token) => {
    if (merged.length > 0 && NO_LINE_START.test(token)) merged[merged.length - 1] += token;
    else merged.push(token);
    return merged;
  }, []);
  for (const token of tokens) {
    if (line && ctx.measureText(line + token).width > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line += token;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** At most `max` lines, the last one ending in "…" when text was cut. */
function clampLines(ctx: FrameContext, lines: string[], max: number, maxWidth: number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1]!;
  while (last && ctx.measureText(`${last}…`).width > maxWidth) last = last.slice(0, -1);
  kept[max - 1] = `${last}…`;
  return kept;
}

function block(
  ctx: FrameContext,
  text: string,
  font: string,
  colour: string,
  size: number,
  maxWidth: number,
  maxLines = Infinity,
): Line[] {
  ctx.font = font;
  return clampLines(ctx, wrap(ctx, text, maxWidth), maxLines, maxWidth).map((line) => ({
    text: line,
    font,
    colour,
    height: Math.round(size * 1.3),
  }));
}

function linesHeight(lines: Line[]): number {
  return lines.reduce((sum, line) => sum + line.height, 0);
}

/**
 * The exported chart's frame, on white whatever the page's theme: title, the saved scenario's name,
 * the state in words, a box for the chart, caveats as footnotes, the source, the view's URL, the date
 * and the product's name. "slide" is 1920×1080 (the footer at the bottom edge); "document" is 1200 px
 * wide and as tall as its content. `measure` wraps the words (any context: sizes do not matter yet).
 */
export function planExportFrame(measure: FrameContext, meta: ExportFrameMeta, format: ExportFormat): ExportFramePlan {
  const layout = EXPORT_LAYOUTS[format];
  const palette = CHART_PALETTES.light;
  const { width, padding: pad, text } = layout;
  const textWidth = width - 2 * pad;
  const font = (size: number, weight = 400) => `${weight} ${size}px ${CHART_FONT_FAMILY}`;

  const header = [
    ...block(measure, meta.title, font(text.title, 600), palette.ink, text.title, textWidth, MAX_TITLE_LINES),
    ...(meta.scenarioLine
      ? block(measure, meta.scenarioLine, font(text.subtitle, 600), BRAND_ACCENT, text.subtitle, textWidth, 1)
      : []),
    ...(meta.subtitle
      ? block(measure, meta.subtitle, font(text.subtitle), palette.muted, text.subtitle, textWidth, MAX_SUBTITLE_LINES)
      : []),
  ];
  const footnotes = [
    ...meta.notes.flatMap((note) => block(measure, note, font(text.footnote), palette.muted, text.footnote, textWidth)),
    ...block(measure, meta.source, font(text.footnote), palette.muted, text.footnote, textWidth),
  ];
  const signatureHeight = Math.round(text.brand * 1.6);
  const gap = Math.round(text.subtitle * 0.8);
  const headerHeight = linesHeight(header);
  const footerHeight = linesHeight(footnotes) + gap + signatureHeight;
  const chartHeight =
    layout.height === null
      ? layout.chartHeight
      : Math.max(layout.height * 0.4, layout.height - 2 * pad - headerHeight - footerHeight - 2 * gap);
  const height = layout.height ?? Math.round(2 * pad + headerHeight + chartHeight + footerHeight + 2 * gap);
  const chartY = pad + headerHeight + gap;
  // On a slide the footer sits at the bottom edge whatever the chart's height.
  const footerY = layout.height === null ? chartY + chartHeight + gap : height - pad - footerHeight;

  const paint = (ctx: FrameContext) => {
    ctx.fillStyle = palette.surface;
    ctx.fillRect(0, 0, width, height);
    ctx.textBaseline = "top";
    const draw = (lines: Line[], y: number) => {
      for (const line of lines) {
        ctx.font = line.font;
        ctx.fillStyle = line.colour;
        ctx.fillText(line.text, pad, y);
        y += line.height;
      }
      return y;
    };
    draw(header, pad);
    let y = draw(footnotes, footerY) + gap / 2;
    ctx.strokeStyle = palette.grid;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(pad, y);
    ctx.lineTo(width - pad, y);
    ctx.stroke();
    y += gap / 2;
    ctx.font = font(text.footnote);
    ctx.fillStyle = palette.muted;
    ctx.fillText(`${meta.url} · ${meta.date}`, pad, y + (signatureHeight - text.footnote * 1.3) / 2, textWidth * 0.75);
    ctx.font = font(text.brand, 600);
    ctx.fillStyle = palette.ink;
    ctx.textAlign = "right";
    ctx.fillText(meta.brand, width - pad, y + (signatureHeight - text.brand * 1.3) / 2);
    const brandWidth = ctx.measureText(meta.brand).width;
    ctx.fillStyle = BRAND_ACCENT;
    const square = Math.round(text.brand * 0.6);
    ctx.fillRect(width - pad - brandWidth - square - square / 2, y + (signatureHeight - square) / 2, square, square);
    ctx.textAlign = "left";
  };

  return { width, height, chart: { x: pad, y: chartY, width: textWidth, height: chartHeight }, paint };
}
