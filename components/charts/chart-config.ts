import type { ChartData, ChartOptions, ChartType, LegendItem } from "chart.js";
// Importing the plugin's types adds its `datalabels` options to Chart.js's (a type-only import: no code).
import type { Context as DataLabelContext } from "chartjs-plugin-datalabels";
import type { Options as DataLabelsOptions } from "chartjs-plugin-datalabels/types/options";

import type { AppLocale } from "@/i18n/routing";
import {
  CHART_FONT_FAMILY,
  CHART_PALETTES,
  CHART_TYPE,
  type ChartMedium,
  type ChartPalette,
  type ChartTheme,
} from "@/lib/charts/tokens";
import { BCP47 } from "@/lib/vocabulary";

// The options of the app's own plugins (chart-canvas.tsx).
declare module "chart.js" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- merging requires Chart.js's own type parameter
  interface PluginOptionsByType<TType extends ChartType> {
    /** The colour painted behind the chart: the panel's on screen, white in exports. */
    chartSurface?: { color: string };
    /** What each colour in the chart means ("company:msft" → "#56B4E9"), written onto the canvas for tests and tools. */
    seriesColours?: { series: SeriesColours };
  }
}

/** Where and how a chart is drawn: on the page (light or dark, wide or narrow) or into an export. */
export type ChartContext = { medium: ChartMedium; theme: ChartTheme; narrow: boolean; locale: AppLocale };

/** Meaning → colour of every series in a chart. */
export type SeriesColours = Record<string, string>;

/** A Chart.js configuration, ready for the page's canvas or an export's. */
export type ChartConfig =
  | { type: "bar"; data: ChartData<"bar">; options: ChartOptions<"bar">; valueLabels: boolean }
  | { type: "line"; data: ChartData<"line">; options: ChartOptions<"line">; valueLabels: boolean };

/** A chart as a function of where it is drawn: the page and both export formats build from it. */
export type ChartSpec = {
  /** What kind of chart it is, for its accessible name. */
  kind: "bar" | "dots" | "line";
  build: (context: ChartContext) => ChartConfig;
};

/** The chart design system applied to Chart.js options for one context: fonts, colours, axes, legend, labels. */
export function chartStyle(context: ChartContext) {
  const palette: ChartPalette = CHART_PALETTES[context.theme];
  const sizes = CHART_TYPE[context.medium];
  const exporting = context.medium !== "screen";
  const font = (size: number, weight?: number) => ({ family: CHART_FONT_FAMILY, size, weight });

  return {
    palette,
    exporting,
    /** Options every chart shares: no animation, the surface, the locale's number format. */
    base(series: SeriesColours) {
      return {
        animation: false as const,
        responsive: !exporting,
        maintainAspectRatio: false,
        locale: BCP47[context.locale],
        layout: { padding: exporting ? { top: sizes.dataLabel, right: sizes.dataLabel * 2 } : { top: 4, right: 8 } },
        plugins: { chartSurface: { color: palette.surface }, seriesColours: { series } },
      };
    },
    /** An axis in the chart's chrome; the unit lives in its title, never on every tick. */
    axis({ title, grid = true }: { title?: string; grid?: boolean } = {}) {
      return {
        grid: { display: grid, color: palette.grid },
        border: { color: palette.axis },
        ticks: { color: palette.muted, font: font(sizes.tick) },
        title: title
          ? { display: true, text: title, color: palette.muted, font: font(sizes.axisTitle, 600) }
          : { display: false },
      };
    },
    /**
     * Category labels: horizontal always (wrapped into lines where long), never rotated; many
     * categories (months) are thinned out, a few (companies) all shown, smaller on a narrow chart.
     */
    categoryTicks({ all = false }: { all?: boolean } = {}) {
      const size = all && context.narrow ? Math.min(sizes.tick, 11) : sizes.tick;
      return {
        color: palette.muted,
        font: font(size),
        maxRotation: 0,
        minRotation: 0,
        autoSkip: !all,
        autoSkipPadding: 8,
      };
    },
    /**
     * The legend below the chart, each entry drawn in its series' own shape (bar, diamond, dot), or
     * the given swatches; a swatch that is no dataset does not toggle anything when clicked.
     */
    legend(display = true, swatches?: LegendItem[]) {
      return {
        display,
        position: "bottom" as const,
        ...(swatches?.some((swatch) => swatch.datasetIndex === undefined) ? { onClick: () => undefined } : {}),
        labels: {
          usePointStyle: true,
          // Markers a little smaller than the text, so a dot does not outweigh its words.
          boxWidth: Math.round(sizes.legend * 0.75),
          boxHeight: Math.round(sizes.legend * 0.75),
          color: palette.ink,
          font: font(sizes.legend),
          padding: sizes.legend,
          ...(swatches ? { generateLabels: () => swatches } : {}),
        },
      };
    },
    /** Tooltips on screen only. */
    tooltip() {
      return { enabled: !exporting };
    },
    /** Value labels in exports ("auto" hides any that would overlap); none on screen, where tooltips and the table give values. */
    valueLabels(
      formatter: (value: unknown, context: DataLabelContext) => string,
      placement: Pick<DataLabelsOptions, "anchor" | "align" | "offset"> = {},
    ): DataLabelsOptions {
      if (!exporting) return { display: false };
      return {
        display: "auto",
        color: palette.ink,
        font: font(sizes.dataLabel, 600),
        anchor: "end",
        align: "end",
        offset: Math.round(sizes.dataLabel / 4),
        clamp: true,
        formatter,
        ...placement,
      };
    },
    /** A legend entry that is a swatch, not a dataset (e.g. "2024 (filings)"), in the series' shape, outlined in `stroke` if given. */
    swatch(
      text: string,
      fill: string,
      pointStyle: LegendItem["pointStyle"] = "rect",
      datasetIndex?: number,
      stroke?: string,
    ): LegendItem {
      return {
        text,
        fillStyle: fill,
        strokeStyle: stroke ?? fill,
        lineWidth: stroke ? Math.max(1, Math.round(sizes.legend / 12)) : 0,
        pointStyle,
        hidden: false,
        datasetIndex,
        fontColor: palette.ink,
      };
    },
    fontSize: sizes,
  };
}

/** A long category label as lines (at " (" or "(" or a space), so narrow charts wrap instead of rotating. */
export function wrapLabel(label: string, narrow: boolean): string | string[] {
  if (!narrow || label.length <= 10) return label;
  const paren = label.search(/\s?[(（]/);
  if (paren > 0) return [label.slice(0, paren).trim(), label.slice(paren).trim()];
  const space = label.lastIndexOf(" ", Math.ceil(label.length / 2) + 4);
  return space > 0 ? [label.slice(0, space), label.slice(space + 1)] : label;
}
