import { z } from "zod";

import { COMPANY_BASIS_KINDS, type CompanyBasisKind } from "../vocabulary";
import { checkOptionalPairs } from "./bilingual";
import { checkRange, httpsUrlField, originField, usdBnField } from "./capex-figure";
import { isoDate, optionalText, slugField, text } from "./fields";

const optional = <S extends z.ZodType>(schema: S) =>
  schema
    .nullable()
    .optional()
    .transform((value) => value ?? null);

/**
 * An amount on a company's own basis (CapexCompanyBasis in prisma/schema.prisma): a dated plan
 * statement (a point, a range or no figure) or what the company reported on that basis.
 */
const companyBasisFields = {
  company: slugField,
  fiscalYear: z.number({ error: "a year" }).int("a whole year").min(2000, "2000 or later").max(2100, "2100 or earlier"),
  kind: z.enum(COMPANY_BASIS_KINDS, { error: "plan or actual" }),
  sequence: z.number({ error: "a whole number" }).int("a whole number").min(1, "1 or more").max(100, "at most 100"),
  saidOn: optional(isoDate),
  usdBn: optional(usdBnField),
  usdBnLow: optional(usdBnField),
  usdBnHigh: optional(usdBnField),
  periodZh: text(200),
  periodEn: text(200),
  basisZh: text(300),
  basisEn: text(300),
  whatZh: optionalText(500),
  whatEn: optionalText(500),
  origin: originField,
  sourceZh: text(500),
  sourceEn: text(500),
  filedOn: optional(isoDate),
  sourceUrl: optional(httpsUrlField),
};

type AmountFields = { kind: CompanyBasisKind; usdBn: number | null; usdBnLow: number | null; usdBnHigh: number | null };

function checkAmount(row: AmountFields, ctx: z.RefinementCtx) {
  const ranged = row.usdBnLow !== null || row.usdBnHigh !== null;
  if (ranged && (row.usdBnLow === null || row.usdBnHigh === null)) {
    ctx.addIssue({
      code: "custom",
      path: [row.usdBnLow === null ? "usdBnLow" : "usdBnHigh"],
      message: "a range needs usdBnLow and usdBnHigh",
    });
  } else if (ranged && row.usdBn !== null) {
    ctx.addIssue({ code: "custom", path: ["usdBn"], message: "either usdBn or a range, not both" });
  }
  if (row.kind === "actual" && (row.usdBn === null || ranged)) {
    ctx.addIssue({ code: "custom", path: ["usdBn"], message: "an actual is one amount" });
  }
}

export const companyBasisRecordSchema = z
  .strictObject(companyBasisFields)
  .superRefine(checkRange)
  .superRefine(checkAmount)
  .superRefine(checkOptionalPairs(["what"]));

export type CompanyBasisInput = z.output<typeof companyBasisRecordSchema>;
