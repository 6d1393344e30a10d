import { z } from "zod";
import { MODALITIES } from "../facts/schema";

/** Building blocks shared by the entity schemas: every string trimmed and bounded, every number ranged. */
const stringError = { error: (issue: { input: unknown }) => (issue.input === undefined ? "required" : "expected text") };

export const text = (max: number) => z.string(stringError).trim().min(1, "required").max(max, `at most ${max} characters`);
export const optionalText = (max: number) =>
  z
    .string(stringError)
    .trim()
    .max(max, `at most ${max} characters`)
    .nullable()
    .optional()
    .transform((value) => (value ? value : null));

export const slugField = z
  .string(stringError)
  .trim()
  .min(1, "required")
  .max(80, "at most 80 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lowercase letters, digits and single hyphens");

export const yearMonth = z
  .string(stringError)
  .trim()
  .regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])$/, "expected YYYY-MM");

export const isoDate = z
  .string(stringError)
  .trim()
  .regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "expected YYYY-MM-DD");

export const modalityList = z
  .array(z.enum(MODALITIES, { error: `one of ${MODALITIES.join(", ")}` }), {
    error: (issue) => (issue.input === undefined ? "required" : `a list of modalities (${MODALITIES.join(", ")})`),
  })
  .min(1, "at least one modality")
  .max(MODALITIES.length)
  .refine((list) => new Set(list).size === list.length, "each modality at most once");
