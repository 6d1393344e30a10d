"use client";

import { BasicPlatform, Chart, type ChartConfiguration, type Plugin } from "chart.js";
import ChartDataLabels from "chartjs-plugin-datalabels";
import { Chart as ReactChart } from "react-chartjs-2";

import type { ChartConfig } from "./chart-config";
import { CHART_PARTS } from "./chart-parts";

// Loaded after first paint (see lazy-chart-canvas). chartjs-plugin-datalabels is not registered:
// charts with value labels (the exports) list it themselves.
Chart.register(...CHART_PARTS);

/** Paints the chart's surface (the panel's colour on screen, white in exports) before each draw. */
const chartSurface: Plugin = {
  id: "chartSurface",
  beforeDraw(chart, _args, options: { color?: string }) {
    if (!options.color) return;
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = "destination-over";
    ctx.fillStyle = options.color;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/**
 * Writes what the drawn chart is onto its canvas: its type, each scale's type and what each colour
 * means, its legend (words and swatch colours) and whether each axis's tick labels are rotated or
 * wider than the axis (then cut at the canvas edge), read from the live instance, so a test or a
 * tool can check the chart without Chart.js.
 */
const seriesColours: Plugin = {
  id: "seriesColours",
  afterUpdate(chart, _args, options: { series?: Record<string, string> }) {
    const canvas = chart.canvas;
    const scales = Object.values(chart.scales);
    canvas.dataset.chartType = (chart.config as { type?: string }).type ?? "";
    canvas.dataset.scales = JSON.stringify(Object.fromEntries(scales.map((scale) => [scale.id, scale.type])));
    canvas.dataset.series = JSON.stringify(options.series ?? {});
    canvas.dataset.legend = JSON.stringify(
      (chart.legend?.legendItems ?? []).map((item) => ({ text: item.text, fill: item.fillStyle })),
    );
    canvas.dataset.ticks = JSON.stringify(
      Object.fromEntries(
        scales.map((scale) => {
          // Chart.js keeps the measured tick labels on the scale; a vertical axis narrower than its widest label cuts it.
          const widest = (scale as unknown as { _labelSizes?: { widest: { width: number } } })._labelSizes?.widest
            .width;
          const padding = (scale.options as { ticks?: { padding?: number } }).ticks?.padding ?? 0;
          const cut = !scale.isHorizontal() && widest !== undefined && widest + padding > scale.width + 0.5;
          return [scale.id, { rotation: Math.round(scale.labelRotation ?? 0), cut }];
        }),
      ),
    );
  },
};

function pluginsFor(config: ChartConfig): Plugin[] {
  return config.valueLabels ? [chartSurface, seriesColours, ChartDataLabels as Plugin] : [chartSurface, seriesColours];
}

type Props = {
  config: ChartConfig;
  /** The chart in words, for screen readers (the canvas is an image with this name). */
  ariaLabel: string;
};

/** The chart on a canvas that fills its box. */
export function ChartCanvas({ config, ariaLabel }: Props) {
  const accessible = { role: "img", "aria-label": ariaLabel, fallbackContent: <p>{ariaLabel}</p> };
  return config.type === "bar" ? (
    <ReactChart type="bar" data={config.data} options={config.options} plugins={pluginsFor(config)} {...accessible} />
  ) : (
    <ReactChart type="line" data={config.data} options={config.options} plugins={pluginsFor(config)} {...accessible} />
  );
}

/** The tick and legend font sizes an export's chart was drawn with, in file pixels, read from its resolved options. */
/** What an export drew, for its performance entry: type sizes, and the value labels left visible. */
export type ExportFontPx = { ticks: Record<string, number>; legend: number; valueLabels: string[] };

type DrawnLabel = { $layout?: { _visible: boolean }; _model?: { lines: string[] } | null };

/** The value labels chartjs-plugin-datalabels drew: "auto" hides any that would overlap another. */
function visibleValueLabels(chart: Chart): string[] {
  const labels = (chart as unknown as { $datalabels?: { _labels?: DrawnLabel[] } }).$datalabels?._labels ?? [];
  const drawn = labels.flatMap((label) =>
    label.$layout?._visible && label._model ? [label._model.lines.join(" ")] : [],
  );
  return drawn.filter((text) => text.trim() !== "");
}

/**
 * Draws a chart for an export on a canvas of its own (never the one on the page): `width` × `height`
 * CSS px at `pixelRatio`, hands the drawn canvas to `paint` and frees the chart. Chart.js's basic
 * platform needs no document attachment and listens to no events.
 */
export function renderOffscreenChart(
  config: ChartConfig,
  width: number,
  height: number,
  pixelRatio: number,
  paint: (canvas: HTMLCanvasElement) => void,
): ExportFontPx {
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const chart = new Chart(canvas, {
    ...config,
    options: { ...config.options, responsive: false, animation: false, devicePixelRatio: pixelRatio },
    plugins: pluginsFor(config),
    platform: BasicPlatform,
  } as ChartConfiguration);
  const fontSize = (font: unknown) => ((font as { size?: number } | undefined)?.size ?? 0) * pixelRatio;
  const fontPx = {
    ticks: Object.fromEntries(
      Object.values(chart.scales).map((scale) => [
        scale.id,
        fontSize((scale.options as { ticks?: { font?: unknown } }).ticks?.font),
      ]),
    ),
    legend: fontSize(chart.options.plugins?.legend?.labels?.font),
    valueLabels: visibleValueLabels(chart),
  };
  paint(canvas);
  chart.destroy();
  return fontPx;
}
