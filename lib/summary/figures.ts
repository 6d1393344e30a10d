import { parseFigureOrigin, parseFigureUnit, type FigureOrigin, type FigureUnit } from "@/lib/vocabulary";

/** The note's key figures in the order the Summary lists them under "Sources and corrections". */
export const KEY_FIGURE_KEYS = [
  "capex_total_2024",
  "capex_growth_2025",
  "capex_total_2025_implied",
  "v3_gpu_hours",
  "llama3_gpu_hours",
  "v3_cost",
  "training_ratio_stated",
  "training_ratio_computed",
  "stargate_usd_bn",
  "stargate_initial_usd_bn",
] as const;

/** facts.json's report.stargate.announced: the key-figure rows hold Stargate's amounts, not its date. */
export const STARGATE_ANNOUNCED = "2025-01-21";

export type KeyFigureKey = (typeof KEY_FIGURE_KEYS)[number];

/**
 * Figures the app works out from others rather than reads: the note states 2024's total and the +19.6%
 * growth, not the 2025 total they imply; it states "about 7%", not the 7.09% the two GPU-hour figures
 * give. They carry the `computed` origin and name their inputs, whatever the database row says.
 */
type Computation = { from: readonly KeyFigureKey[]; compute: (value: (key: KeyFigureKey) => number) => number };
const COMPUTED = {
  capex_total_2025_implied: {
    from: ["capex_total_2024", "capex_growth_2025"],
    compute: (value) => value("capex_total_2024") * (1 + value("capex_growth_2025")),
  },
  training_ratio_computed: {
    from: ["v3_gpu_hours", "llama3_gpu_hours"],
    compute: (value) => value("v3_gpu_hours") / value("llama3_gpu_hours"),
  },
} as const satisfies Partial<Record<KeyFigureKey, Computation>>;

export type ComputedKeyFigureKey = keyof typeof COMPUTED;

/**
 * A key figure as the Summary uses it: the database row with its unit and origin narrowed. A computed
 * figure lists the figures it is computed from (`computedFrom`); its `source` is then the database's note
 * on it, and the page says in words what it was computed from.
 */
export type KeyFigure = {
  key: KeyFigureKey;
  value: number;
  unit: FigureUnit;
  origin: FigureOrigin;
  source: string;
  computedFrom?: readonly KeyFigureKey[];
};

type KeyFigureRow = { key: string; value: number; unit: string; origin: string; source: string };

/**
 * Picks the Summary's figures out of the database rows and works out the computed ones from their
 * inputs. A missing figure or an unknown unit/origin means the seed and the code disagree, which is a
 * bug to surface, not a state to render around.
 */
export function selectKeyFigures(rows: ReadonlyMap<string, KeyFigureRow>): Record<KeyFigureKey, KeyFigure> {
  const read = (key: KeyFigureKey): KeyFigure => {
    const row = rows.get(key);
    if (!row) throw new Error(`Key figure missing from the database: ${key}`);
    return {
      key,
      value: row.value,
      unit: parseFigureUnit(row.unit),
      origin: parseFigureOrigin(row.origin),
      source: row.source,
    };
  };
  const entries = KEY_FIGURE_KEYS.map((key) => {
    const figure = read(key);
    const computed: Computation | undefined = (COMPUTED as Partial<Record<KeyFigureKey, Computation>>)[key];
    if (!computed) return [key, figure] as const;
    return [
      key,
      {
        ...figure,
        origin: "computed",
        value: computed.compute((input) => read(input).value),
        computedFrom: computed.from,
      },
    ] as const;
  });
  return Object.fromEntries(entries) as Record<KeyFigureKey, KeyFigure>;
}

/**
 * What each figure's badge and source line say: for a computed figure, the sentence naming its inputs
 * (localized by the caller), for the others their recorded source.
 */
export function keyFigureSourceTexts(
  figures: Record<KeyFigureKey, KeyFigure>,
  computedFrom: Record<ComputedKeyFigureKey, string>,
): Record<KeyFigureKey, string> {
  return Object.fromEntries(
    KEY_FIGURE_KEYS.map((key) => [
      key,
      key in computedFrom ? computedFrom[key as ComputedKeyFigureKey] : figures[key].source,
    ]),
  ) as Record<KeyFigureKey, string>;
}
