import { z } from "zod";
import { isoDate, optionalText, slugField, text } from "./fields";

const usdBn = z.number({ error: "a number of USD billions, or null" }).min(0, "0 or more").max(10_000, "at most 10000 (USD bn)").nullable();

const capexFigureFields = {
  company: slugField,
  year: z.number({ error: "a year" }).int("a whole year").min(2000, "2000 or later").max(2100, "2100 or earlier"),
  kind: z.enum(["reported", "guidance"], { error: "reported or guidance" }),
  usdBn,
  usdBnLow: usdBn.optional().transform((value) => value ?? null),
  usdBnHigh: usdBn.optional().transform((value) => value ?? null),
  basis: text(200),
  line: optionalText(500),
  origin: z.enum(["note", "filing", "statement"], { error: "note, filing or statement" }),
  source: text(500),
  saidOn: isoDate.nullable().optional().transform((value) => value ?? null),
};

type RangeFields = { usdBnLow: number | null; usdBnHigh: number | null };

function checkRange(figure: RangeFields, ctx: z.RefinementCtx) {
  if (figure.usdBnLow !== null && figure.usdBnHigh !== null && figure.usdBnLow > figure.usdBnHigh) {
    ctx.addIssue({ code: "custom", path: ["usdBnHigh"], message: "must not be below usdBnLow" });
  }
}

const capexFigureObject = z.strictObject(capexFigureFields);
/** A capex figure (POST and PUT body): one company's amount for one year and kind. */
export const capexFigureSchema = capexFigureObject.superRefine(checkRange);
/** PATCH body: any subset; the merged record is validated again with capexFigureSchema. */
export const capexFigurePatchSchema = capexFigureObject.partial();

export type CapexFigureInput = z.output<typeof capexFigureSchema>;
