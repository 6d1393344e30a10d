import { z } from "zod";

/** The shape of prisma/data/facts.json. A broken file fails with the path of the bad field. */
const localized = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "expected YYYY-MM");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");
export const MODALITIES = ["text", "image", "audio", "video", "video_frames"] as const;
export const modalitySchema = z.enum(MODALITIES);

const modelRow = z.object({
  region: z.enum(["US", "CN"]),
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
        }),
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
export type FactsModelRow = z.infer<typeof modelRow>;

/** Parses facts or throws an Error whose message names every bad field by its path. */
export function parseFacts(input: unknown): Facts {
  const result = factsSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
  throw new Error(`facts.json is invalid:\n${problems.join("\n")}`);
}
