import type { CapexPreset, FigureOrigin } from "@/lib/vocabulary";

/**
 * The one table of the capex figures: each figure's origin, its basis and, for a computed figure,
 * the figures it is computed from. Every renderer (the page's badges, the note-vs-actual block, the
 * Summary, the JSON API, CSV/PNG exports, link previews, and #27's deck and workbook) asks this
 * table, so a figure wears the same origin wherever it appears: 269.5 is computed from the note's
 * 225.3 and +19.6% everywhere (the note never states it), 271.1 is computed from the five filings
 * and the note's growth everywhere, and the 370.2 sum of 10-K figures is computed, under the
 * Actual 2025 preset too.
 *
 * Bases:
 * - note-total: the note's own combined figure for the five (its 225.3 differs from the filings' 226.7)
 * - cash-line: the cash-flow statement line of each 10-K (like for like across companies and years)
 * - plan-basis: the company's own measure its plans are stated on (Microsoft incl. finance leases,
 *   Amazon net of proceeds, Meta incl. finance-lease principal)
 * - mixed: a total of figures on different bases or treatments (the guidance preset's total)
 */
export type FigureBasis = "note-total" | "cash-line" | "plan-basis" | "mixed";
/** `inputs` name other figures of the table (capex-table.test.ts checks that each is one). */
export type FigureRule = { origin: FigureOrigin; basis: FigureBasis; inputs?: readonly string[] };

export const CAPEX_FIGURE_TABLE = {
  "note.total2024": { origin: "note", basis: "note-total" },
  "note.growth2025": { origin: "note", basis: "note-total" },
  "note.total2025": { origin: "computed", basis: "note-total", inputs: ["note.total2024", "note.growth2025"] },
  "company.base2024": { origin: "filing", basis: "cash-line" },
  "company.actual2025": { origin: "filing", basis: "cash-line" },
  "company.actualGrowth2025": {
    origin: "computed",
    basis: "cash-line",
    inputs: ["company.actual2025", "company.base2024"],
  },
  /** The note's combined growth applied to one company: the note gives no company's growth. */
  "company.consensus2025": { origin: "scenario", basis: "cash-line", inputs: ["company.base2024", "note.growth2025"] },
  "company.gap2025": {
    origin: "computed",
    basis: "cash-line",
    inputs: ["company.actual2025", "company.consensus2025"],
  },
  /** A plan as the company stated it (Alphabet 75, Meta 60–65, Microsoft's about 80). */
  "company.plan2025": { origin: "statement", basis: "plan-basis" },
  /** A plan the app annualises from a quarter the company called representative (Amazon: Q4 × 4, Q2 as the H2 pace). */
  "company.plan2025Annualised": { origin: "computed", basis: "plan-basis", inputs: ["company.quarterCapex"] },
  "company.quarterCapex": { origin: "statement", basis: "plan-basis" },
  /** A 2026 plan as the company stated it, on its own basis (Alphabet 175–185, Amazon 200). */
  "company.plan2026": { origin: "statement", basis: "plan-basis" },
  /** The plan's growth on the plan's own basis, applied to the 2024 cash line (the guidance preset). */
  "company.guidanceGrowth2025": {
    origin: "computed",
    basis: "plan-basis",
    inputs: ["company.plan2025", "company.ownBasis2024"],
  },
  "company.ownBasis2024": { origin: "filing", basis: "plan-basis" },
  /** What the company reported on its plan's basis (Meta's 72.215, Amazon's net 128.32). */
  "company.ownBasisActual2025": { origin: "filing", basis: "plan-basis" },
  /** An own-basis amount the app sums from quarters (Microsoft's 88.2 = 20.0 + 22.6 + 21.4 + 24.2). */
  "company.ownBasisActual2025Summed": { origin: "computed", basis: "plan-basis", inputs: ["company.quarterCapex"] },
  "filings.total2024": { origin: "computed", basis: "cash-line", inputs: ["company.base2024"] },
  "filings.consensus2025": {
    origin: "computed",
    basis: "cash-line",
    inputs: ["filings.total2024", "note.growth2025"],
  },
  "actuals.total2025": { origin: "computed", basis: "cash-line", inputs: ["company.actual2025"] },
  "actuals.growth2025": { origin: "computed", basis: "cash-line", inputs: ["actuals.total2025", "filings.total2024"] },
  /** How far the actuals came out above the note's 269.5 (+100.7). */
  "miss.vsNote": { origin: "computed", basis: "mixed", inputs: ["actuals.total2025", "note.total2025"] },
  /** The per-company gaps summed: against the filings-based 271.1 (+99.1). */
  "miss.gapsTotal": { origin: "computed", basis: "cash-line", inputs: ["company.gap2025"] },
  /** What reconciles the two: the filings-based scenario less the note's (271.1 − 269.5 = 1.6). */
  "miss.baseDifference": {
    origin: "computed",
    basis: "mixed",
    inputs: ["filings.consensus2025", "note.total2025"],
  },
  /** A total that rests on assumed growth rates (guidance, flat, the user's). */
  "scenario.total2025": { origin: "scenario", basis: "cash-line", inputs: ["company.base2024"] },
  "scenario.guidanceTotal2025": {
    origin: "scenario",
    basis: "mixed",
    inputs: ["company.guidanceGrowth2025", "company.plan2025", "company.consensus2025"],
  },
} as const satisfies Record<string, FigureRule>;

export type CapexFigureId = keyof typeof CAPEX_FIGURE_TABLE;

export function figureRule(id: CapexFigureId): FigureRule {
  return CAPEX_FIGURE_TABLE[id];
}

export function originOf(id: CapexFigureId): FigureOrigin {
  return CAPEX_FIGURE_TABLE[id].origin;
}

/**
 * Which figure a scenario's 2025 total is. Without overrides, the consensus preset's total is the
 * filings-based 271.1 and the Actual 2025 preset's the 370.2 sum of 10-K figures, both computed; the
 * guidance preset's mixes treatments; flat and edited scenarios rest on assumptions.
 */
export function scenarioTotalId(preset: CapexPreset | "custom"): CapexFigureId {
  switch (preset) {
    case "consensus":
      return "filings.consensus2025";
    case "actual":
      return "actuals.total2025";
    case "guidance":
      return "scenario.guidanceTotal2025";
    default:
      return "scenario.total2025";
  }
}

/** The total's growth has the total's origin. */
export const scenarioGrowthOrigin = (preset: CapexPreset | "custom"): FigureOrigin => originOf(scenarioTotalId(preset));
