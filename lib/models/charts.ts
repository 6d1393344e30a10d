import { MODEL_REGIONS, type ModelRegion } from "@/lib/vocabulary";

import type { FilterableModel } from "./query";

/** Every month from first to last, inclusive: ("2023-11", "2024-02") → 2023-11 … 2024-02. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split("-").map(Number) as [number, number];
  const [lastYear, lastMonth] = last.split("-").map(Number) as [number, number];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, "0")}`);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

export type ReleaseMonth<T> = { month: string; byRegion: Record<ModelRegion, number>; models: T[] };

/** Releases per month over the span of the given models (empty months included, so time reads evenly). */
export function releasesByMonth<T extends FilterableModel>(models: readonly T[]): ReleaseMonth<T>[] {
  if (models.length === 0) return [];
  const sorted = [...models].sort((a, b) => a.released.localeCompare(b.released) || a.id - b.id);
  const months = monthRange(sorted[0]!.released, sorted[sorted.length - 1]!.released);
  return months.map((month) => {
    const released = sorted.filter((model) => model.released === month);
    return {
      month,
      byRegion: {
        US: released.filter((model) => model.region === "US").length,
        CN: released.filter((model) => model.region === "CN").length,
      },
      models: released,
    };
  });
}

export type RegionAccessCount = { region: ModelRegion; open: number; closed: number };

/** Model counts by region × open/closed weights, for both regions (zero counts included). */
export function countByRegionAndAccess(models: readonly FilterableModel[]): RegionAccessCount[] {
  return MODEL_REGIONS.map((region) => {
    const inRegion = models.filter((model) => model.region === region);
    return {
      region,
      open: inRegion.filter((model) => model.openWeights).length,
      closed: inRegion.filter((model) => !model.openWeights).length,
    };
  });
}

/** Models with a disclosed parameter count, largest first, and those without, in the given order. */
export function splitByDisclosedParams<T extends FilterableModel>(
  models: readonly T[],
): { disclosed: (T & { paramsB: number })[]; undisclosed: T[] } {
  const disclosed = models.filter((model): model is T & { paramsB: number } => model.paramsB !== null);
  return {
    disclosed: [...disclosed].sort((a, b) => b.paramsB - a.paramsB || a.id - b.id),
    undisclosed: models.filter((model) => model.paramsB === null),
  };
}
