import { z } from "zod";
import { modalityList, optionalText, slugField, text, yearMonth } from "./fields";

/**
 * An AI model as the API and the admin forms accept it. `slug` identifies it in URLs and is
 * fixed after creation; `company` is the slug of an existing company.
 */
export const modelFields = {
  nameZh: text(120),
  nameEn: text(120),
  nameAsPrinted: optionalText(120),
  company: slugField,
  region: z.enum(["US", "CN"], { error: "US or CN" }),
  paramsB: z
    .number({ error: "a number of billions, or null when undisclosed" })
    .positive("greater than 0")
    .max(100_000, "at most 100000 (billions)")
    .nullable(),
  moe: z.boolean({ error: "true or false" }),
  inputs: modalityList,
  outputs: modalityList,
  openWeights: z.boolean({ error: "true or false" }),
  released: yearMonth,
  caveatZh: optionalText(1000),
  caveatEn: optionalText(1000),
  source: text(500),
};

/** PUT body: every field; POST adds the slug (derived from nameEn when absent). */
export const modelUpdateSchema = z.strictObject(modelFields);
export const modelCreateSchema = z.strictObject({ slug: slugField.optional(), ...modelFields });
/** PATCH body: any subset; the merged record is validated again with modelUpdateSchema. */
export const modelPatchSchema = modelUpdateSchema.partial();

export type ModelInput = z.output<typeof modelUpdateSchema>;
export type ModelCreateInput = z.output<typeof modelCreateSchema>;
