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
export const FIGURE_ORIGINS = ["note", "filing", "statement", "computed", "scenario"] as const;
export type FigureOrigin = (typeof FIGURE_ORIGINS)[number];

export function isFigureOrigin(value: string): value is FigureOrigin {
  return (FIGURE_ORIGINS as readonly string[]).includes(value);
}
