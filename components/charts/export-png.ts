import type { Chart } from "chart.js";
import { addPngText } from "@/lib/export/png-text";

export type PngExportMeta = {
  title: string;
  subtitle: string;
  source: string;
  url: string;
  date: string;
};

const WIDTH = 1200; // CSS pixels; the file is twice that (2× pixel ratio)
const SCALE = 2;
const PAD = 40;
const CHART_HEIGHT = 620;
const FONT = '"Inter", "PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", sans-serif';

function wrap(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = "";
  // Split on spaces for Latin text and between characters for CJK, which has no spaces.
  for (const token of text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? []) {
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

/** Renders the chart at 1200 px and 2× on the live instance, and restores it before the browser paints. */
function snapshotChart(chart: Chart): HTMLCanvasElement {
  const original = chart.options.devicePixelRatio;
  chart.options.devicePixelRatio = SCALE;
  chart.resize(WIDTH - 2 * PAD, CHART_HEIGHT);
  const copy = document.createElement("canvas");
  copy.width = chart.canvas.width;
  copy.height = chart.canvas.height;
  copy.getContext("2d")!.drawImage(chart.canvas, 0, 0);
  chart.options.devicePixelRatio = original;
  chart.resize();
  return copy;
}

/**
 * The chart as a PNG for slides and chats: white background, the title, a subtitle with the view's
 * state, the chart, the source line, the view's URL and the date; 1200 px wide at 2× pixel ratio.
 */
export async function renderChartPng(chart: Chart, meta: PngExportMeta): Promise<Blob> {
  const started = performance.now();
  const chartImage = snapshotChart(chart);
  const canvas = document.createElement("canvas");
  const ctx = canvas.getContext("2d")!;
  const textWidth = WIDTH - 2 * PAD;

  ctx.font = `600 30px ${FONT}`;
  const titleLines = wrap(ctx, meta.title, textWidth);
  ctx.font = `18px ${FONT}`;
  const subtitleLines = meta.subtitle ? wrap(ctx, meta.subtitle, textWidth) : [];
  ctx.font = `15px ${FONT}`;
  const footLines = [...wrap(ctx, meta.source, textWidth), ...wrap(ctx, `${meta.url} · ${meta.date}`, textWidth)];
  const headerHeight = titleLines.length * 40 + subtitleLines.length * 26 + 16;
  const footerHeight = footLines.length * 22 + 16;
  const height = PAD + headerHeight + CHART_HEIGHT + footerHeight + PAD;

  canvas.width = WIDTH * SCALE;
  canvas.height = height * SCALE;
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, WIDTH, height);
  ctx.textBaseline = "top";

  let y = PAD;
  ctx.fillStyle = "#0f172a";
  ctx.font = `600 30px ${FONT}`;
  for (const line of titleLines) {
    ctx.fillText(line, PAD, y);
    y += 40;
  }
  ctx.fillStyle = "#475569";
  ctx.font = `18px ${FONT}`;
  for (const line of subtitleLines) {
    ctx.fillText(line, PAD, y);
    y += 26;
  }
  y += 16;
  ctx.drawImage(chartImage, PAD, y, WIDTH - 2 * PAD, CHART_HEIGHT);
  y += CHART_HEIGHT + 16;
  ctx.fillStyle = "#64748b";
  ctx.font = `15px ${FONT}`;
  for (const line of footLines) {
    ctx.fillText(line, PAD, y);
    y += 22;
  }

  const encoded = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"),
  );
  // The file says what it shows, in the locale's words, for whoever finds it in a deck later.
  const tagged = addPngText(new Uint8Array(await encoded.arrayBuffer()), {
    Title: meta.title,
    Description: meta.subtitle,
    Source: meta.source,
    URL: meta.url,
    "Creation Time": meta.date,
  });
  // A user-timing entry, so a benchmark can read how long exports take in a real browser.
  performance.measure("chart-png-export", { start: started, end: performance.now() });
  return new Blob([tagged as Uint8Array<ArrayBuffer>], { type: "image/png" });
}
