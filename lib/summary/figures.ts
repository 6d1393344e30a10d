import type { FigureOrigin } from "@/components/ui/source-badge";
import type { FigureUnit } from "@/lib/format";

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

/** A key figure as the Summary uses it: the database row with its unit and origin narrowed. */
export type KeyFigure = { key: KeyFigureKey; value: number; unit: FigureUnit; origin: FigureOrigin; source: string };

type KeyFigureRow = { key: string; value: number; unit: string; origin: string; source: string };

const UNITS: readonly string[] = ["usd_bn", "ratio", "gpu_hours_m", "usd_m"] satisfies FigureUnit[];
const ORIGINS: readonly string[] = ["note", "filing", "statement"] satisfies FigureOrigin[];

/**
 * Picks the Summary's figures out of the database rows. A missing figure or an unknown unit/origin
 * means the seed and the code disagree, which is a bug to surface, not a state to render around.
 */
export function selectKeyFigures(rows: ReadonlyMap<string, KeyFigureRow>): Record<KeyFigureKey, KeyFigure> {
  const entries = KEY_FIGURE_KEYS.map((key) => {
    const row = rows.get(key);
    if (!row) throw new Error(`Key figure missing from the database: ${key}`);
    if (!UNITS.includes(row.unit) || !ORIGINS.includes(row.origin)) throw new Error(`Key figure ${key} has unit ${row.unit}, origin ${row.origin}`);
    return [key, { key, value: row.value, unit: row.unit as FigureUnit, origin: row.origin as FigureOrigin, source: row.source }] as const;
  });
  return Object.fromEntries(entries) as Record<KeyFigureKey, KeyFigure>;
}
