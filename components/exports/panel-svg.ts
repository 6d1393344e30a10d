import "server-only";

import path from "node:path";
import { createCanvas, GlobalFonts, SvgExportFlag, type SvgCanvas } from "@napi-rs/canvas";
import { BasicPlatform, Chart, type ChartConfiguration, type Plugin } from "chart.js";
import ChartDataLabels from "chartjs-plugin-datalabels";

import { CHART_PARTS } from "@/components/charts/chart-parts";
import { planExportFrame, type ExportFrameMeta, type FrameContext } from "@/lib/charts/export-frame";
import type { ExportDocument } from "@/lib/export/model";
import { tidySkiaSvg, withChart, withTitle } from "@/lib/export/svg-text";

import type { ChartExportPanel } from "./native-chart";

/**
 * A chart panel as an SVG slide (1920×1080): the PNG's frame (lib/charts/export-frame.ts: title,
 * state, footnotes, source, link, date, brand) and the page's own Chart.js chart with its value
 * labels, both drawn by Chart.js and the frame onto Skia's SVG canvas (@napi-rs/canvas), on the
 * server. Text stays text (<text>, Chinese included), shapes stay paths; nothing is rasterised.
 */

Chart.register(...CHART_PARTS);

// Skia reads the system's fonts (Debian's fonts-wqy-zenhei for Chinese); Inter comes from npm, as on the page.
const INTER = (weight: number) =>
  path.join(process.cwd(), "node_modules", "@fontsource", "inter", "files", `inter-latin-${weight}-normal.woff`);
let fontsRegistered = false;
function registerFonts() {
  if (fontsRegistered) return;
  GlobalFonts.registerFromPath(INTER(400), "Inter");
  GlobalFonts.registerFromPath(INTER(600), "Inter");
  fontsRegistered = true;
}

const NO_ALTERNATES = '"calt" 0';

/**
 * A Skia SVG canvas. Inter's contextual alternates (on by default) swap "(", "+", "-" beside capitals and
 * digits for glyphs with no character behind them, which Skia's SVG text then leaves out: off here.
 */
function svgCanvas(width: number, height: number): SvgCanvas {
  const canvas = createCanvas(width, height, SvgExportFlag.NoPrettyXML);
  canvas.getContext("2d").fontFeatureSettings = NO_ALTERNATES;
  return canvas;
}

/** Chart.js draws on a context of its own state: the alternates go off there too (see svgCanvas). */
const noAlternates: Plugin = {
  id: "noAlternates",
  beforeDraw(chart) {
    (chart.ctx as unknown as { fontFeatureSettings: string }).fontFeatureSettings = NO_ALTERNATES;
  },
};

/** The panel's chart drawn as for the slide PNG, as an SVG document of the box's size. */
function chartSvg(panel: ChartExportPanel, locale: ExportDocument["locale"], width: number, height: number): string {
  const canvas = svgCanvas(width, height);
  const config = panel.spec.build({ medium: "slide", theme: "light", narrow: false, locale });
  // The frame is white already; the page's own plugins (surface, colours on the canvas) have nothing to do here.
  const plugins: Plugin[] = config.valueLabels ? [noAlternates, ChartDataLabels as Plugin] : [noAlternates];
  const chart = new Chart(
    canvas as unknown as HTMLCanvasElement,
    {
      ...config,
      options: { ...config.options, responsive: false, animation: false, devicePixelRatio: 1 },
      plugins,
      platform: BasicPlatform,
    } as ChartConfiguration,
  );
  chart.destroy();
  return canvas.getContent().toString("utf8");
}

/** What the panel's SVG says besides its chart, as the PNG says it (the link's notices first, when it had any). */
export function svgFrameMeta(doc: ExportDocument, panel: ChartExportPanel): ExportFrameMeta {
  return {
    title: panel.title,
    subtitle: panel.subtitle,
    scenarioLine: panel.scenarioLine ?? undefined,
    notes: [...doc.notices, ...panel.notes],
    source: panel.source,
    url: doc.link.url,
    date: doc.link.date,
    brand: doc.brand,
    locale: doc.locale,
  };
}

/** One chart panel as a standalone SVG file (UTF-8). */
export function panelSvg(doc: ExportDocument, panel: ChartExportPanel): Buffer {
  registerFonts();
  const meta = svgFrameMeta(doc, panel);
  const measure = svgCanvas(1, 1).getContext("2d") as unknown as FrameContext;
  const frame = planExportFrame(measure, meta, "slide");
  const canvas = svgCanvas(frame.width, frame.height);
  frame.paint(canvas.getContext("2d") as unknown as FrameContext);
  const outer = tidySkiaSvg(canvas.getContent().toString("utf8"));
  const inner = tidySkiaSvg(chartSvg(panel, doc.locale, frame.chart.width, frame.chart.height));
  const description = [meta.scenarioLine, meta.subtitle, meta.source, meta.url].filter(Boolean).join(" · ");
  return Buffer.from(withTitle(withChart(outer, inner, frame.chart), meta.title, description, doc.locale), "utf8");
}
