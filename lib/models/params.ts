import { z } from "zod";
import type { RawSearchParams, UrlNotice } from "@/lib/url-state/notice";

/**
 * The Models view's state as it lives in the URL (also the filters of GET /api/models):
 * region, access, company, modality, from, to, q, sort, dir, view. See README "Deep links".
 */
export const MODEL_REGIONS = ["US", "CN"] as const;
export const MODEL_ACCESS = ["open", "closed"] as const;
export const MODALITIES = ["text", "image", "audio", "video", "video_frames"] as const;
export const MODEL_SORT_KEYS = ["region", "company", "model", "params", "access", "released"] as const;
export const SORT_DIRECTIONS = ["asc", "desc"] as const;
export const MODEL_CHART_VIEWS = ["releases", "regions", "params"] as const;

export type ModelRegion = (typeof MODEL_REGIONS)[number];
export type ModelAccess = (typeof MODEL_ACCESS)[number];
export type Modality = (typeof MODALITIES)[number];
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
export const MODELS_PARAM_NAMES = ["region", "access", "company", "modality", "from", "to", "q", "sort", "dir", "view"] as const;
type ParamName = (typeof MODELS_PARAM_NAMES)[number];

export const MAX_QUERY_LENGTH = 100;
const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** One zod schema per parameter; a value that fails is dropped with a notice. */
const PARAM_SCHEMAS = {
  // Region codes are case-insensitive in links ("cn" is as clear as "CN").
  region: z.string().transform((value) => value.toUpperCase()).pipe(z.enum(MODEL_REGIONS)),
  access: z.enum(MODEL_ACCESS),
  company: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(60),
  modality: z.enum(MODALITIES),
  from: yearMonth,
  to: yearMonth,
  q: z.string().max(MAX_QUERY_LENGTH),
  sort: z.enum(MODEL_SORT_KEYS),
  dir: z.enum(SORT_DIRECTIONS),
  view: z.enum(MODEL_CHART_VIEWS),
} satisfies Record<ParamName, z.ZodType>;

/** Long junk in a notice would drown the message; show its start. */
function shown(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/**
 * Reads the Models view's state from a query. Never throws: an unknown parameter or a value that
 * does not parse is ignored with a notice. A repeated parameter uses its first value (a notice
 * says so). Empty values (what a GET form sends for "any") mean "not set". Given the known company
 * slugs, an unknown company is dropped with a notice too.
 */
export function parseModelsQuery(
  raw: RawSearchParams,
  options: { companySlugs?: readonly string[] } = {},
): { state: ModelsQuery; notices: UrlNotice[] } {
  const state: ModelsQuery = { ...DEFAULT_MODELS_QUERY };
  const notices: UrlNotice[] = [];
  const known = new Set<string>(MODELS_PARAM_NAMES);

  for (const name of Object.keys(raw)) {
    if (!known.has(name) && raw[name] !== undefined) notices.push({ key: "modelsUnknownParam", values: { param: shown(name) } });
  }

  for (const name of MODELS_PARAM_NAMES) {
    const rawValue = raw[name];
    if (rawValue === undefined) continue;
    const values = (Array.isArray(rawValue) ? rawValue : [rawValue]).map((value) => value.trim()).filter(Boolean);
    const value = values[0];
    if (value === undefined) continue;
    if (values.length > 1) notices.push({ key: "modelsRepeatedParam", values: { param: name, value: shown(value) } });
    const parsed = PARAM_SCHEMAS[name].safeParse(value);
    if (!parsed.success) {
      notices.push({ key: "modelsInvalidValue", values: { param: name, value: shown(value) } });
      continue;
    }
    (state as Record<ParamName, unknown>)[name] = parsed.data;
  }

  if (state.company && options.companySlugs && !options.companySlugs.includes(state.company)) {
    notices.push({ key: "modelsUnknownCompany", values: { value: state.company } });
    state.company = null;
  }
  if (state.from && state.to && state.from > state.to) {
    [state.from, state.to] = [state.to, state.from];
    notices.push({ key: "modelsRangeSwapped", values: { from: state.from, to: state.to } });
  }
  // A direction means nothing without a sort column; keep the state canonical.
  if (!state.sort) state.dir = "asc";
  return { state, notices };
}

/** The state as a query string (without "?"), defaults omitted, parameters in a stable order. */
export function serializeModelsQuery(state: ModelsQuery): string {
  const params = new URLSearchParams();
  for (const name of MODELS_PARAM_NAMES) {
    const value = state[name];
    if (value === null || value === DEFAULT_MODELS_QUERY[name]) continue;
    if (name === "dir" && !state.sort) continue;
    params.set(name, value);
  }
  return params.toString();
}

/** The number of active filters (sort and chart tab are not filters). */
export function countActiveFilters(state: ModelsQuery): number {
  return (["region", "access", "company", "modality", "from", "to", "q"] as const).filter((name) => state[name] !== null).length;
}

/** The state without any filter, keeping sort and chart tab: the "clear filters" target. */
export function clearModelsFilters(state: ModelsQuery): ModelsQuery {
  return { ...DEFAULT_MODELS_QUERY, sort: state.sort, dir: state.dir, view: state.view };
}
