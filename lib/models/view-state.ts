import { createMultiParser, createSerializer } from "nuqs/server";

import { inParamOrder, VIEW_PARAM_ORDER } from "@/lib/url-state/param-order";
import {
  MODALITIES,
  MODEL_ACCESS,
  MODEL_REGIONS,
  type Modality,
  type ModelAccess,
  type ModelRegion,
} from "@/lib/vocabulary";

/**
 * The Models view's state as it lives in the URL (also the filters of GET /api/models):
 * region, access, company, modality, from, to, q, sort, dir, view. See README "Deep links".
 * Two parsers read it: params.ts (zod, on the server, with notices) and the nuqs parsers below (in
 * the browser, for the filter form), which give the same state for the same query (a property test
 * checks). This module stays free of zod because the client bundles it.
 */

export const MODEL_SORT_KEYS = ["region", "company", "model", "params", "access", "released"] as const;
export const SORT_DIRECTIONS = ["asc", "desc"] as const;
export const MODEL_CHART_VIEWS = ["releases", "regions", "params"] as const;

export type ModelSortKey = (typeof MODEL_SORT_KEYS)[number];
export type SortDirection = (typeof SORT_DIRECTIONS)[number];
export type ModelChartView = (typeof MODEL_CHART_VIEWS)[number];

export type ModelsQuery = {
  region: ModelRegion | null;
  access: ModelAccess | null;
  /** A company slug, e.g. "deepseek". */
  company: string | null;
  /** Matches a model whose input OR output modalities include it. */
  modality: Modality | null;
  /** Release range, inclusive, YYYY-MM. */
  from: string | null;
  to: string | null;
  /** Text search over model and company names in both languages. */
  q: string | null;
  /** null = the note's order. */
  sort: ModelSortKey | null;
  dir: SortDirection;
  view: ModelChartView;
};

export const DEFAULT_MODELS_QUERY: ModelsQuery = {
  region: null,
  access: null,
  company: null,
  modality: null,
  from: null,
  to: null,
  q: null,
  sort: null,
  dir: "asc",
  view: "releases",
};

/** The URL parameters in the order serializeModelsQuery writes them. */
export const MODELS_PARAM_NAMES = VIEW_PARAM_ORDER.models;

export const MAX_QUERY_LENGTH = 100;
export const YEAR_MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
export const COMPANY_SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_COMPANY_SLUG_LENGTH = 60;

/**
 * The value a parameter's values stand for: the first non-empty one, trimmed (a GET form sends ""
 * for "any"; a repeated parameter uses its first value).
 */
function firstGivenValue(values: readonly string[]): string | undefined {
  return values.map((value) => value.trim()).find((value) => value !== "");
}

/** The rules that span parameters, applied by both parsers after each value is read. */
export function settleModelsQuery(
  state: ModelsQuery,
  companySlugs?: readonly string[],
): { state: ModelsQuery; unknownCompany: string | null; swappedRange: boolean } {
  const settled = { ...state };
  let unknownCompany: string | null = null;
  if (settled.company && companySlugs && !companySlugs.includes(settled.company)) {
    unknownCompany = settled.company;
    settled.company = null;
  }
  const swappedRange = Boolean(settled.from && settled.to && settled.from > settled.to);
  if (swappedRange) [settled.from, settled.to] = [settled.to, settled.from];
  // A direction means nothing without a sort column; keep the state canonical.
  if (!settled.sort) settled.dir = "asc";
  return { state: settled, unknownCompany, swappedRange };
}

function oneOf<T extends string>(allowed: readonly T[]): (value: string) => T | null {
  return (value) => ((allowed as readonly string[]).includes(value) ? (value as T) : null);
}

/** A nuqs parser that reads a parameter's first given value with `accept` (null = rejected). */
function modelsParam<T extends string>(accept: (value: string) => T | null) {
  return createMultiParser<T>({
    parse: (values) => {
      const value = firstGivenValue(values);
      return value === undefined ? null : accept(value);
    },
    serialize: (value) => [value],
  });
}

/** The nuqs parsers of the Models query (before settleModelsQuery). */
export const modelsUrlParsers = {
  // Region codes are case-insensitive in links ("cn" is as clear as "CN").
  region: modelsParam((value) => oneOf(MODEL_REGIONS)(value.toUpperCase())),
  access: modelsParam(oneOf(MODEL_ACCESS)),
  company: modelsParam((value) =>
    COMPANY_SLUG_PATTERN.test(value) && value.length <= MAX_COMPANY_SLUG_LENGTH ? value : null,
  ),
  modality: modelsParam(oneOf(MODALITIES)),
  from: modelsParam((value) => (YEAR_MONTH_PATTERN.test(value) ? value : null)),
  to: modelsParam((value) => (YEAR_MONTH_PATTERN.test(value) ? value : null)),
  q: modelsParam((value) => (value.length <= MAX_QUERY_LENGTH ? value : null)),
  sort: modelsParam(oneOf(MODEL_SORT_KEYS)),
  dir: modelsParam(oneOf(SORT_DIRECTIONS)).withDefault(DEFAULT_MODELS_QUERY.dir),
  view: modelsParam(oneOf(MODEL_CHART_VIEWS)).withDefault(DEFAULT_MODELS_QUERY.view),
};

const serializeModelsUrl = createSerializer(modelsUrlParsers, {
  processUrlSearchParams: (search) => inParamOrder(search, MODELS_PARAM_NAMES),
});

/** The state as a query string (without "?"), defaults omitted, parameters in a stable order. */
export function serializeModelsQuery(state: ModelsQuery): string {
  return serializeModelsUrl({ ...state, dir: state.sort ? state.dir : DEFAULT_MODELS_QUERY.dir }).replace(/^\?/, "");
}

/** The state without any filter, keeping sort and chart tab: the "clear filters" target. */
export function clearModelsFilters(state: ModelsQuery): ModelsQuery {
  return { ...DEFAULT_MODELS_QUERY, sort: state.sort, dir: state.dir, view: state.view };
}
