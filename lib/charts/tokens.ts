/**
 * The charts' design tokens: one colour per company, per region and per series role, the chart
 * chrome (surface, ink, grid), the type scale and the export formats. Plain data (no React, no
 * Chart.js), so on-screen charts, PNG exports and the next/og link previews draw from the same
 * source: a company has one colour everywhere.
 *
 * Colour rules (checked by tokens.test.ts with a colour-vision simulation):
 * - hue says who (a company or a region), lightness says when or which: a company's 2024 bar is a
 *   light tint of its colour, its 2025 bar the full colour; a region's closed-weights bar a tint of
 *   the region, its open-weights bar the full colour;
 * - the colours that share a chart stay apart for readers with protanopia, deuteranopia or
 *   tritanopia, and every colour stays distinct from every other in the app, so a colour has one
 *   meaning on every page (the note is always blue, China always magenta);
 * - companies use Okabe and Ito's colour-blind-safe palette; the roles and regions take the hues it
 *   leaves free.
 * Exports and link previews always use the light theme (they are pasted onto white slides).
 */
import type { CapexTicker, ModelRegion } from "@/lib/vocabulary";

export type ChartTheme = "light" | "dark";

/** What a series is, whoever it belongs to. */
export type SeriesRole = "y2024" | "scenario" | "actual2025" | "note" | "uniform";

export type ChartPalette = {
  company: Record<CapexTicker, string>;
  region: Record<ModelRegion, string>;
  role: Record<SeriesRole, string>;
  /** The chart's own chrome. */
  surface: string;
  ink: string;
  muted: string;
  grid: string;
  axis: string;
};

export const CHART_PALETTES: Record<ChartTheme, ChartPalette> = {
  light: {
    company: { msft: "#56B4E9", googl: "#009E73", amzn: "#E69F00", meta: "#CC79A7", aapl: "#6A3D9A" },
    region: { US: "#332288", CN: "#EE3377" },
    role: { y2024: "#A0AEC0", scenario: "#D55E00", actual2025: "#1E293B", note: "#0072B2", uniform: "#6B7A90" },
    surface: "#FFFFFF",
    ink: "#0F172A",
    muted: "#475569",
    grid: "#E2E8F0",
    axis: "#94A3B8",
  },
  // On the dark page (slate-900 panels): the same hues, lifted where the light-theme colour would vanish.
  dark: {
    company: { msft: "#56B4E9", googl: "#009E73", amzn: "#E69F00", meta: "#CC79A7", aapl: "#9A6BD8" },
    region: { US: "#6366F1", CN: "#FF7AAE" },
    role: { y2024: "#64748B", scenario: "#F07A2A", actual2025: "#E2E8F0", note: "#2F86D0", uniform: "#94A3B8" },
    surface: "#0F172A",
    ink: "#F1F5F9",
    muted: "#CBD5E1",
    grid: "#1E293B",
    axis: "#475569",
  },
};

/** The product's accent (its logo square, a saved scenario's name in exports), as on the light page. */
export const BRAND_ACCENT = "#1D4ED8";

/** A lighter (or, on a dark surface, darker) version of `hex`: `amount` of the way towards the surface. */
export function tint(hex: string, surface: string, amount = 0.55): string {
  const channels = (value: string) => [1, 3, 5].map((start) => parseInt(value.slice(start, start + 2), 16));
  const [from, to] = [channels(hex), channels(surface)];
  return `#${from
    .map((channel, index) =>
      Math.round(channel + (to[index]! - channel) * amount)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")
    .toUpperCase()}`;
}

/** The font stack of every chart and export: Inter for Latin, then the platform's CJK fonts. */
export const CHART_FONT_FAMILY =
  '"Inter", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", sans-serif';

/** Where a chart is drawn: on the page, or into one of the PNG export formats. */
export type ChartMedium = "screen" | ExportFormat;

/** Text sizes in CSS px for each medium (an export multiplies them by its pixel ratio). */
export type ChartTypeScale = {
  tick: number;
  legend: number;
  axisTitle: number;
  dataLabel: number;
  /** Radius of a dot marker. */
  marker: number;
};

export const CHART_TYPE: Record<ChartMedium, ChartTypeScale> = {
  screen: { tick: 12, legend: 12, axisTitle: 12, dataLabel: 11, marker: 6 },
  // 1920 px file at 1×: ticks and legend at least 24 px, about 10 pt on a full-width slide.
  slide: { tick: 24, legend: 26, axisTitle: 24, dataLabel: 24, marker: 12 },
  // 1200 CSS px at 2×: the same sizes in the 2400 px file read like 14 pt on an A4 page.
  document: { tick: 14, legend: 14, axisTitle: 14, dataLabel: 13, marker: 7 },
};

export type ExportFormat = "slide" | "document";
export const EXPORT_FORMATS_ORDER: ExportFormat[] = ["slide", "document"];

export type ExportLayout = {
  /** Width in CSS px; the file is width × pixelRatio wide. */
  width: number;
  /** Fixed height in CSS px (a 16:9 slide), or null: as tall as the content (chartHeight for the chart). */
  height: number | null;
  chartHeight: number;
  pixelRatio: number;
  padding: number;
  text: { title: number; subtitle: number; footnote: number; brand: number };
};

export const EXPORT_LAYOUTS: Record<ExportFormat, ExportLayout> = {
  slide: {
    width: 1920,
    height: 1080,
    chartHeight: 0,
    pixelRatio: 1,
    padding: 64,
    text: { title: 52, subtitle: 30, footnote: 22, brand: 24 },
  },
  document: {
    width: 1200,
    height: null,
    chartHeight: 620,
    pixelRatio: 2,
    padding: 40,
    text: { title: 30, subtitle: 18, footnote: 14, brand: 15 },
  },
};
