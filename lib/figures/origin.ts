import type { FigureOrigin, RecordedOrigin } from "@/lib/vocabulary";

/**
 * Where a figure shown anywhere in the app comes from. A derived number never borrows its inputs'
 * origin: a figure the app works out from others is `computed` (and says from what), one the user
 * or a preset assumes is `scenario`.
 * - note: stated in the research note itself
 * - filing: a company's filed accounts (10-K and the like)
 * - statement: a company's public statement (guidance, announcements, model cards)
 * - computed: worked out by the app from figures of the other origins
 * - scenario: an assumption (a preset's or the user's), or a figure that rests on one
 */

/**
 * A figure with its origin and, whatever the origin, one text in the reader's language saying where
 * it comes from: the source for a recorded figure, what it was derived from for a computed one, what
 * was assumed for a scenario one. Every figure the capex domain returns has this shape.
 */
export type Figure = { value: number; origin: FigureOrigin; source: string };

/**
 * What a computed or assumed figure was derived from: a key of the `Figures` messages and its
 * placeholders. Values named `…UsdBn` are USD billions and `…Ratio` ratios (0.196 = +19.6%); the
 * explainer formats them for the locale (lib/figures/explain.ts).
 */
export type FigureExplanation = { key: string; values: Record<string, string | number> };
export type ExplainFigure = (explanation: FigureExplanation) => string;

export function recordedFigure(value: number, origin: RecordedOrigin, source: string): Figure {
  return { value, origin, source };
}

export function computedFigure(
  value: number,
  explain: ExplainFigure,
  key: string,
  values: FigureExplanation["values"] = {},
): Figure {
  return { value, origin: "computed", source: explain({ key, values }) };
}

export function scenarioFigure(
  value: number,
  explain: ExplainFigure,
  key: string,
  values: FigureExplanation["values"] = {},
): Figure {
  return { value, origin: "scenario", source: explain({ key, values }) };
}
