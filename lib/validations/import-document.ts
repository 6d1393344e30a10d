import { z } from "zod";

import { companyBasisRecordSchema } from "./capex-company-basis";
import { capexFigureRecordSchema, checkRange, originField, usdBnField } from "./capex-figure";
import { isoDate, optionalText, slugField, text } from "./fields";
import { modelFields, modelRecordSchema } from "./model";

/** What GET /api/export writes; POST /api/import also reads the previous format. */
export const EXPORT_FORMAT = "ai-capex-lens/v2";
export const EXPORT_FORMAT_V1 = "ai-capex-lens/v1";

const companySchema = z.strictObject({
  slug: slugField,
  nameZh: text(120),
  nameEn: text(120),
  ticker: z
    .string()
    .trim()
    .regex(/^[A-Z.]{1,10}$/, "1-10 capital letters")
    .nullable(),
});

function uniqueBy<T>(key: (item: T) => string, what: string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const k = key(item);
      if (seen.has(k)) ctx.addIssue({ code: "custom", path: [index], message: `duplicate ${what} ${k}` });
      seen.add(k);
    });
  };
}

const companies = z
  .array(companySchema)
  .max(1000)
  .superRefine(uniqueBy((c) => c.slug, "company"));
const exportedAt = z.string().max(40).optional();
const capexKey = (f: { company: string; year: number; kind: string }) => `${f.company}/${f.year}/${f.kind}`;

/** Every record names a company the document lists. */
function checkCompanies(sections: readonly string[]) {
  return (doc: Record<string, unknown> & { companies: { slug: string }[] }, ctx: z.RefinementCtx) => {
    const known = new Set(doc.companies.map((c) => c.slug));
    for (const section of sections) {
      (doc[section] as { company: string }[]).forEach((record, index) => {
        if (!known.has(record.company))
          ctx.addIssue({
            code: "custom",
            path: [section, index, "company"],
            message: `unknown company ${record.company}`,
          });
      });
    }
  };
}

/**
 * The whole editable data set as GET /api/export writes it and POST /api/import reads it back:
 * companies, models, like-for-like capex figures and the amounts on companies' own basis (plans and
 * company-basis actuals), every text in both languages. Import replaces the records with the
 * document's (all or nothing).
 */
const documentV2 = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT),
    exportedAt,
    companies,
    models: z
      .array(modelRecordSchema)
      .max(5000)
      .superRefine(uniqueBy((m) => m.slug, "model")),
    capexFigures: z.array(capexFigureRecordSchema).max(5000).superRefine(uniqueBy(capexKey, "capex figure")),
    capexCompanyBasis: z
      .array(companyBasisRecordSchema)
      .max(5000)
      .superRefine(uniqueBy((r) => `${r.company}/${r.fiscalYear}/${r.kind}/${r.sequence}`, "company-basis amount")),
  })
  .superRefine(checkCompanies(["models", "capexFigures", "capexCompanyBasis"]));

/** The first format (one text per field, no company-basis amounts), frozen as it was written. */
const { sourceZh: _sourceZh, sourceEn: _sourceEn, ...modelFieldsV1 } = modelFields;
const modelV1 = z.strictObject({ slug: slugField, ...modelFieldsV1, source: text(500) });
const capexFigureV1 = z
  .strictObject({
    company: slugField,
    year: z.number({ error: "a year" }).int("a whole year").min(2000, "2000 or later").max(2100, "2100 or earlier"),
    kind: z.enum(["reported", "guidance"], { error: "reported or guidance" }),
    usdBn: usdBnField,
    usdBnLow: usdBnField.optional().transform((value) => value ?? null),
    usdBnHigh: usdBnField.optional().transform((value) => value ?? null),
    basis: text(200),
    line: optionalText(500),
    origin: originField,
    source: text(500),
    saidOn: isoDate
      .nullable()
      .optional()
      .transform((value) => value ?? null),
  })
  .superRefine(checkRange);
const documentV1 = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT_V1),
    exportedAt,
    companies,
    models: z
      .array(modelV1)
      .max(5000)
      .superRefine(uniqueBy((m) => m.slug, "model")),
    capexFigures: z.array(capexFigureV1).max(5000).superRefine(uniqueBy(capexKey, "capex figure")),
  })
  .superRefine(checkCompanies(["models", "capexFigures"]));

export const importDocumentSchema = z.discriminatedUnion("format", [documentV2, documentV1], {
  error: (issue) =>
    issue.code === "invalid_union" ? `expected "${EXPORT_FORMAT}" (or "${EXPORT_FORMAT_V1}")` : undefined,
});

export type ImportDocument = z.output<typeof importDocumentSchema>;
export type ImportDocumentV2 = z.output<typeof documentV2>;
export type ImportDocumentV1 = z.output<typeof documentV1>;
