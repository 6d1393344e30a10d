import { z } from "zod";

import { CAPEX_FIGURE_KINDS, RECORDED_ORIGINS } from "../vocabulary";
import { acceptingSingleText, checkOptionalPairs } from "./bilingual";
import { isoDate, optionalText, slugField, text } from "./fields";

export const usdBnField = z
  .number({ error: "a number of USD billions, or null" })
  .min(0, "0 or more")
  .max(10_000, "at most 10000 (USD bn)")
  .nullable();
export const originField = z.enum(RECORDED_ORIGINS, { error: "note, filing or statement" });
const optional = <S extends z.ZodType>(schema: S) =>
  schema
    .nullable()
    .optional()
    .transform((value) => value ?? null);
/** An SEC accession number: 0000950170-25-100235. */
export const accessionField = z
  .string({ error: "expected text" })
  .trim()
  .regex(/^\d{10}-\d{2}-\d{6}$/, "an SEC accession number, e.g. 0000950170-25-100235");
export const httpsUrlField = z
  .url({ protocol: /^https$/, error: "an https address" })
  .max(500, "at most 500 characters");

const capexFigureFields = {
  company: slugField,
  year: z.number({ error: "a year" }).int("a whole year").min(2000, "2000 or later").max(2100, "2100 or earlier"),
  kind: z.enum(CAPEX_FIGURE_KINDS, { error: "reported or guidance" }),
  usdBn: usdBnField,
  usdBnLow: optional(usdBnField),
  usdBnHigh: optional(usdBnField),
  basisZh: text(200),
  basisEn: text(200),
  lineZh: optionalText(500),
  lineEn: optionalText(500),
  measureZh: optionalText(300),
  measureEn: optionalText(300),
  origin: originField,
  sourceZh: text(500),
  sourceEn: text(500),
  saidOn: optional(isoDate),
  accession: optional(accessionField),
  filedOn: optional(isoDate),
  sourceUrl: optional(httpsUrlField),
};

type RangeFields = { usdBnLow: number | null; usdBnHigh: number | null };

export function checkRange(figure: RangeFields, ctx: z.RefinementCtx) {
  if (figure.usdBnLow !== null && figure.usdBnHigh !== null && figure.usdBnLow > figure.usdBnHigh) {
    ctx.addIssue({ code: "custom", path: ["usdBnHigh"], message: "must not be below usdBnLow" });
  }
}

/** Fields that were one text before they had a Chinese and an English column (see bilingual.ts). */
export const CAPEX_SINGLE_TEXT_FIELDS = ["basis", "line", "source"] as const;

const capexFigureObject = z.strictObject(capexFigureFields);
/** A capex figure exactly as stored and exported: one company's amount for one year and kind, texts in both languages. */
export const capexFigureRecordSchema = capexFigureObject
  .superRefine(checkRange)
  .superRefine(checkOptionalPairs(["line", "measure"]));
/** A capex figure as POST and PUT take it (a single `basis`, `line` or `source` text stands for both languages). */
export const capexFigureSchema = acceptingSingleText(capexFigureRecordSchema, CAPEX_SINGLE_TEXT_FIELDS);
/** PATCH body: any subset; the merged record is validated again with capexFigureSchema. */
export const capexFigurePatchSchema = acceptingSingleText(capexFigureObject.partial(), CAPEX_SINGLE_TEXT_FIELDS);

export type CapexFigureInput = z.output<typeof capexFigureRecordSchema>;
