import { planExportFrame, type ExportFrameMeta } from "@/lib/charts/export-frame";
import { EXPORT_LAYOUTS, type ExportFormat } from "@/lib/charts/tokens";
import { addPngText } from "@/lib/export/png-text";

import type { ChartSpec } from "./chart-config";
import { loadChartCanvas } from "./lazy-chart-canvas";

/** What the bench and the tests read about the last export (performance entry "chart-png-export"). */
export type PngExportDetail = {
  format: ExportFormat;
  width: number;
  height: number;
  tickFontPx: Record<string, number>;
  legendFontPx: number;
  /** The value labels drawn on the chart (those the label plugin left visible). */
  valueLabels: string[];
};

/**
 * The chart as a PNG that goes straight onto a slide or into a document, on white whatever the
 * page's theme: title, the saved scenario's name, the state in words, the chart (drawn afresh at the
 * format's size, with value labels and export type sizes), caveats as footnotes, the source, the
 * view's URL, the date and the product's name. "slide" is 1920×1080; "document" 1200 px wide at 2×.
 * The same words go into the file as PNG text chunks.
 */
export async function renderChartPng(spec: ChartSpec, meta: ExportFrameMeta, format: ExportFormat): Promise<Blob> {
  const { renderOffscreenChart } = await loadChartCanvas();
  const started = performance.now();
  const { pixelRatio: ratio } = EXPORT_LAYOUTS[format];
  const canvas = document.createElement("canvas");
  const ctx = canvas.getContext("2d")!;
  const frame = planExportFrame(ctx, meta, format);
  canvas.width = frame.width * ratio;
  canvas.height = frame.height * ratio;
  ctx.scale(ratio, ratio);
  frame.paint(ctx);
  const { x, y, width, height } = frame.chart;
  const fontPx = renderOffscreenChart(
    spec.build({ medium: format, theme: "light", narrow: false, locale: meta.locale }),
    width,
    height,
    ratio,
    (chart) => ctx.drawImage(chart, x, y, width, height),
  );

  const encoded = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"),
  );
  // The file says what it shows, in the locale's words, for whoever finds it in a deck later.
  const tagged = addPngText(new Uint8Array(await encoded.arrayBuffer()), {
    Title: meta.title,
    Description: [meta.scenarioLine, meta.subtitle].filter(Boolean).join(" · "),
    Comment: meta.notes.join(" "),
    Source: meta.source,
    URL: meta.url,
    "Creation Time": meta.date,
    Software: meta.brand,
  });
  // A user-timing entry, so the benchmark and the tests can read how the export went in a real browser.
  const detail: PngExportDetail = {
    format,
    width: canvas.width,
    height: canvas.height,
    tickFontPx: fontPx.ticks,
    legendFontPx: fontPx.legend,
    valueLabels: fontPx.valueLabels,
  };
  performance.measure("chart-png-export", { start: started, end: performance.now(), detail });
  return new Blob([tagged as Uint8Array<ArrayBuffer>], { type: "image/png" });
}
