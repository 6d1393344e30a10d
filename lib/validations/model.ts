import { z } from "zod";

import { MODEL_REGIONS } from "../vocabulary";
import { acceptingSingleText, checkOptionalPairs } from "./bilingual";
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
  region: z.enum(MODEL_REGIONS, { error: "US or CN" }),
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
  sourceZh: text(500),
  sourceEn: text(500),
};

/** Written as one text before the source had a Chinese and an English column (see bilingual.ts). */
const MODEL_SINGLE_TEXT_FIELDS = ["source"] as const;
const checkPairs = checkOptionalPairs(["caveat"]);

/** A model exactly as stored and exported, with its slug. */
export const modelRecordSchema = z.strictObject({ slug: slugField, ...modelFields }).superRefine(checkPairs);
/** PUT body: every field (a single `source` text stands for both languages); POST adds the slug (derived from nameEn when absent). */
export const modelUpdateSchema = acceptingSingleText(
  z.strictObject(modelFields).superRefine(checkPairs),
  MODEL_SINGLE_TEXT_FIELDS,
);
export const modelCreateSchema = acceptingSingleText(
  z.strictObject({ slug: slugField.optional(), ...modelFields }).superRefine(checkPairs),
  MODEL_SINGLE_TEXT_FIELDS,
);
/** PATCH body: any subset; the merged record is validated again with modelUpdateSchema. */
export const modelPatchSchema = acceptingSingleText(z.strictObject(modelFields).partial(), MODEL_SINGLE_TEXT_FIELDS);

export type ModelInput = z.output<typeof modelUpdateSchema>;
export type ModelCreateInput = z.output<typeof modelCreateSchema>;
