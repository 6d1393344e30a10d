/**
 * A link-preview picture (1200×630) of a view's main chart, as data: what the view shows for its URL
 * state, in the locale's words and number format. components/og/og-card.tsx draws it with flexbox
 * (Satori, behind next/og's ImageResponse, cannot run Chart.js).
 */
export type OgBar = {
  value: number;
  color: string;
  /** Shown next to the bar, already formatted. */
  text?: string;
  /** A range's low end (columns only): the bar floats from `low` to `value`. */
  low?: number;
};

/**
 * One figure of a facts card: its label, value (already formatted; a "\n" where a line break reads best,
 * when it needs two), a qualifier under it, and its origin's badge text.
 */
export type OgFact = { label: string; value: string; qualifier?: string; origin: string };

export type OgCard = {
  /** App and view name, above the title. */
  kicker: string;
  title: string;
  /** The view's state in words. */
  subtitle: string;
  /**
   * "columns": groups side by side with vertical bars; "rows": one horizontal bar per group; "facts":
   * no chart, one item's figures as tiles (`facts`), each with its origin (a model of the note's table).
   */
  layout: "columns" | "rows" | "facts";
  /** Bars of a group stack (columns only). */
  stacked?: boolean;
  /** A log value axis (rows only), for values across orders of magnitude. */
  log?: boolean;
  groups: { label: string; bars: OgBar[] }[];
  facts?: OgFact[];
  legend: { label: string; color: string }[];
  /** The bars' unit ("单位：亿美元"), shown first in the legend row, so the value texts can stay short. */
  unit?: string;
  source: string;
  /** Shown when there is nothing to chart (e.g. filters that match no model). */
  empty?: string;
};

/** A bar's length as a share of the longest (0…1), on a linear or log axis. */
export function barShare(value: number, max: number, log = false, min = 1): number {
  if (!(value > 0) || !(max > 0)) return 0;
  if (!log) return value / max;
  const floor = Math.log10(Math.min(min, max)) - 0.3;
  return Math.max(0.02, (Math.log10(value) - floor) / (Math.log10(max) - floor));
}
