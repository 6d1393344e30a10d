import { z } from "zod";

import { MODALITIES, MODEL_REGIONS } from "../vocabulary";

/** The shape of prisma/data/facts.json. A broken file fails with the path of the bad field. */
const localized = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "expected YYYY-MM");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");
export const modalitySchema = z.enum(MODALITIES);

/**
 * A stated plan: one amount (null when the company gave no figure) or a low–high range, never both,
 * so a statement cannot be read two ways.
 */
const planAmount = {
  usd_bn: z.number().positive().nullable().optional(),
  usd_bn_low: z.number().positive().optional(),
  usd_bn_high: z.number().positive().optional(),
};
type PlanAmount = { usd_bn?: number | null; usd_bn_low?: number; usd_bn_high?: number };
function checkPlanAmount(plan: PlanAmount, ctx: z.RefinementCtx) {
  const ranged = plan.usd_bn_low !== undefined || plan.usd_bn_high !== undefined;
  if (ranged && (plan.usd_bn_low === undefined || plan.usd_bn_high === undefined))
    ctx.addIssue({ code: "custom", message: "a range needs usd_bn_low and usd_bn_high" });
  else if (ranged && plan.usd_bn !== undefined)
    ctx.addIssue({ code: "custom", message: "either usd_bn or a range, not both" });
  else if (ranged && plan.usd_bn_low! > plan.usd_bn_high!)
    ctx.addIssue({ code: "custom", message: "usd_bn_low above usd_bn_high" });
}

const modelRow = z.object({
  region: z.enum(MODEL_REGIONS),
  company_zh: z.string().min(1),
  company_en: z.string().min(1),
  model: z.string().min(1),
  model_en: z.string().min(1).optional(),
  model_as_printed: z.string().min(1).optional(),
  params_b: z.number().positive().nullable(),
  moe: z.boolean(),
  input: z.array(modalitySchema).min(1),
  output: z.array(modalitySchema).min(1),
  open: z.boolean(),
  released: yearMonth,
});

export const factsSchema = z.object({
  report: z.object({
    title: localized,
    publisher: localized,
    published: isoDate,
    region: localized,
    type: localized,
    sector: localized,
    rating: localized,
    analysts: z
      .array(
        z.object({
          name_zh: z.string().min(1),
          name_en: z.string().min(1),
          role: z.enum(["analyst", "contact"]),
          sac: z.string().min(1),
          sfc: z.string().min(1),
        }),
      )
      .min(1),
    event: z.object({ date: isoDate, what: z.string().min(1) }),
    theses: z.array(z.object({ id: z.number().int(), claim: z.string().min(1) })).length(3),
    risks: z.array(z.string().min(1)).min(1),
    training_cost: z.object({
      deepseek_v3: z.object({
        gpu_hours_million: z.number().positive(),
        gpu: z.string(),
        cluster_gpus: z.number().int().positive(),
        duration: z.string(),
        cost_usd_million: z.number().positive(),
        source: z.string(),
      }),
      llama3_series: z.object({
        gpu_hours_million: z.number().positive(),
        gpu: z.string(),
        source: z.string(),
      }),
      ratio_stated: z.number().positive(),
      ratio_computed: z.number().positive(),
    }),
    capex: z.object({
      companies: z.array(z.string()).length(5),
      total_2024_usd_bn: z.number().positive(),
      growth_2025_consensus: z.number(),
      implied_total_2025_usd_bn: z.number().positive(),
      basis: z.string(),
      context: z.string(),
    }),
    stargate: z.object({ announced: isoDate, origin: z.literal("public-statement"), note: z.string() }),
  }),
  models: z.object({
    source: z.string().min(1),
    modality_codes: z.record(modalitySchema, z.string()),
    rows: z.array(modelRow).min(1),
  }),
  capex_by_company: z.object({
    origin: z.literal("public-filings"),
    note: z.string(),
    rows: z
      .array(
        z.object({
          company: z.string().min(1),
          fiscal_year: z.string().min(1),
          capex_2024: z.number().positive(),
          line: z.string().min(1),
          correction: z.string().min(1).optional(),
        }),
      )
      .length(5),
  }),
  capex_actual_2025: z.object({
    origin: z.literal("public-filings"),
    note: z.string(),
    rows: z
      .array(
        z.object({
          company: z.string().min(1),
          fiscal_year: z.string().min(1),
          capex_2025: z.number().positive(),
          line: z.string().min(1),
          filing: z
            .string()
            .regex(/^Form 10-K, accession \d{10}-\d{2}-\d{6}$/, "expected “Form 10-K, accession 0000000000-00-000000”"),
          filed: isoDate,
          source_url: z.url({ protocol: /^https$/ }),
          /** The company's results release, where source_url is the filing itself (Meta's EDGAR folder). */
          results_release_url: z.url({ protocol: /^https$/ }).optional(),
          also: z.string().min(1).optional(),
        }),
      )
      .length(5),
  }),
  capex_guidance_path_2025: z.object({
    origin: z.literal("public-statement"),
    note: z.string(),
    rows: z
      .array(
        z.object({
          company: z.string().min(1),
          steps: z
            .array(
              z
                .object({ ...planAmount, said: isoDate, what: z.string().min(1).optional() })
                .superRefine(checkPlanAmount),
            )
            .min(1),
          outcome: z.object({ usd_bn: z.number().positive(), basis: z.string().min(1) }),
        }),
      )
      .length(5),
  }),
  capex_guidance_2026: z.object({
    origin: z.literal("public-statement"),
    note: z.string(),
    rows: z
      .array(
        z
          .object({
            ...planAmount,
            company: z.string().min(1),
            said: isoDate.nullable(),
            what: z.string().min(1).optional(),
            revised: z
              .object({ ...planAmount, said: isoDate })
              .superRefine(checkPlanAmount)
              .optional(),
          })
          .superRefine(checkPlanAmount),
      )
      .length(5),
  }),
  capex_guidance_2025: z.object({
    origin: z.literal("public-statement"),
    note: z.string(),
    rows: z.array(
      z.object({
        company: z.string().min(1),
        usd_bn: z.number().positive().nullable().optional(),
        usd_bn_low: z.number().positive().optional(),
        usd_bn_high: z.number().positive().optional(),
        period: z.string(),
        said: isoDate.nullable(),
        what: z.string(),
      }),
    ),
  }),
});

export type Facts = z.infer<typeof factsSchema>;
export type FactsActualRow = Facts["capex_actual_2025"]["rows"][number];

/** Parses a data file or throws an Error whose message names every bad field by its path. */
function parseDataFile<T>(schema: z.ZodType<T>, input: unknown, file: string): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
  throw new Error(`${file} is invalid:\n${problems.join("\n")}`);
}

export function parseFacts(input: unknown): Facts {
  return parseDataFile(factsSchema, input, "facts.json");
}

const bilingual = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

/** The shape of prisma/data/facts-zh.json: Chinese editions of facts.json's English texts (see its `about`). */
export const factsZhSchema = z.strictObject({
  about: z.string(),
  texts: z.record(z.string().min(1), z.string().min(1)),
  display: z.strictObject({
    modelsSource: bilingual,
    trainingRatioStatedSource: bilingual,
    trainingRatioComputedSource: bilingual,
  }),
  companyBasis: z.record(
    z.string().min(1),
    z.strictObject({ plans: bilingual, guidanceMeasure: bilingual.optional(), period2026: bilingual }),
  ),
});

export type FactsZh = z.infer<typeof factsZhSchema>;
export type Bilingual = z.infer<typeof bilingual>;

export function parseFactsZh(input: unknown): FactsZh {
  return parseDataFile(factsZhSchema, input, "facts-zh.json");
}
