import { z } from "zod";
import { capexFigureSchema } from "./capex-figure";
import { slugField, text } from "./fields";
import { modelCreateSchema } from "./model";

export const EXPORT_FORMAT = "ai-capex-lens/v1";

const companySchema = z.strictObject({
  slug: slugField,
  nameZh: text(120),
  nameEn: text(120),
  ticker: z.string().trim().regex(/^[A-Z.]{1,10}$/, "1-10 capital letters").nullable(),
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

/**
 * The whole editable data set as GET /api/export writes it and POST /api/import reads it back.
 * Import replaces models and capex figures with the document's (all or nothing).
 */
export const importDocumentSchema = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT, { error: `expected "${EXPORT_FORMAT}"` }),
    exportedAt: z.string().max(40).optional(),
    companies: z.array(companySchema).max(1000).superRefine(uniqueBy((c) => c.slug, "company")),
    models: z
      .array(modelCreateSchema.required({ slug: true }))
      .max(5000)
      .superRefine(uniqueBy((m) => m.slug, "model")),
    capexFigures: z
      .array(capexFigureSchema)
      .max(5000)
      .superRefine(uniqueBy((f) => `${f.company}/${f.year}/${f.kind}`, "capex figure")),
  })
  .superRefine((doc, ctx) => {
    const companies = new Set(doc.companies.map((c) => c.slug));
    doc.models.forEach((m, i) => {
      if (!companies.has(m.company)) ctx.addIssue({ code: "custom", path: ["models", i, "company"], message: `unknown company ${m.company}` });
    });
    doc.capexFigures.forEach((f, i) => {
      if (!companies.has(f.company)) ctx.addIssue({ code: "custom", path: ["capexFigures", i, "company"], message: `unknown company ${f.company}` });
    });
  });

export type ImportDocument = z.output<typeof importDocumentSchema>;
export type CompanyInput = z.output<typeof companySchema>;
