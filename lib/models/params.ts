import { z } from "zod";

import type { UrlNotice } from "@/lib/url-state/notice";
import type { RawSearchParams } from "@/lib/url-state/search-params";
import { MODALITIES, MODEL_ACCESS, MODEL_REGIONS } from "@/lib/vocabulary";

import {
  COMPANY_SLUG_PATTERN,
  DEFAULT_MODELS_QUERY,
  MAX_COMPANY_SLUG_LENGTH,
  MAX_QUERY_LENGTH,
  MODEL_CHART_VIEWS,
  MODEL_SORT_KEYS,
  MODELS_PARAM_NAMES,
  settleModelsQuery,
  SORT_DIRECTIONS,
  YEAR_MONTH_PATTERN,
  type ModelsQuery,
} from "./view-state";

export * from "./view-state";

type ParamName = (typeof MODELS_PARAM_NAMES)[number];

const yearMonth = z.string().regex(YEAR_MONTH_PATTERN);

/** One zod schema per parameter; a value that fails is dropped with a notice. */
const PARAM_SCHEMAS = {
  // Region codes are case-insensitive in links ("cn" is as clear as "CN").
  region: z
    .string()
    .transform((value) => value.toUpperCase())
    .pipe(z.enum(MODEL_REGIONS)),
  access: z.enum(MODEL_ACCESS),
  company: z.string().regex(COMPANY_SLUG_PATTERN).max(MAX_COMPANY_SLUG_LENGTH),
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
  const parsedState: ModelsQuery = { ...DEFAULT_MODELS_QUERY };
  const notices: UrlNotice[] = [];
  const known = new Set<string>(MODELS_PARAM_NAMES);

  for (const name of Object.keys(raw)) {
    if (!known.has(name) && raw[name] !== undefined)
      notices.push({ key: "modelsUnknownParam", values: { param: shown(name) }, params: [name] });
  }

  for (const name of MODELS_PARAM_NAMES) {
    const rawValue = raw[name];
    if (rawValue === undefined) continue;
    const values = (Array.isArray(rawValue) ? rawValue : [rawValue]).map((value) => value.trim()).filter(Boolean);
    const value = values[0];
    if (value === undefined) continue;
    if (values.length > 1)
      notices.push({ key: "modelsRepeatedParam", values: { param: name, value: shown(value) }, params: [name] });
    const parsed = PARAM_SCHEMAS[name].safeParse(value);
    if (!parsed.success) {
      notices.push({ key: "modelsInvalidValue", values: { param: name, value: shown(value) }, params: [name] });
      continue;
    }
    (parsedState as Record<ParamName, unknown>)[name] = parsed.data;
  }

  const { state, unknownCompany, swappedRange } = settleModelsQuery(parsedState, options.companySlugs);
  if (unknownCompany)
    notices.push({ key: "modelsUnknownCompany", values: { value: unknownCompany }, params: ["company"] });
  if (swappedRange)
    notices.push({ key: "modelsRangeSwapped", values: { from: state.from!, to: state.to! }, params: ["from", "to"] });
  return { state, notices };
}
