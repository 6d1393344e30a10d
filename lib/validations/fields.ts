import { z } from "zod";

import { MODALITIES } from "../vocabulary";

/** Building blocks shared by the entity schemas: every string trimmed and bounded, every number ranged. */
const stringError = {
  error: (issue: { input: unknown }) => (issue.input === undefined ? "required" : "expected text"),
};

// NUL cannot be stored in PostgreSQL text, and a lone UTF-16 surrogate is not a character at all
// (neither database can store it as sent): such text is refused as input, never passed on to fail.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const UNSTORABLE_TEXT_MESSAGE = "contains a NUL character or a lone surrogate";

export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

/**
 * Every string in a parsed JSON body (keys included) that cannot be stored, as field paths
 * ("name", "models.3.nameEn"), so the API can refuse them all with 422 whatever the schema.
 */
export function unstorableFields(value: unknown, path: string[] = []): string[] {
  if (typeof value === "string") return isStorableText(value) ? [] : [path.join(".") || "(body)"];
  if (Array.isArray(value)) return value.flatMap((item, index) => unstorableFields(item, [...path, String(index)]));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) =>
      isStorableText(key) ? unstorableFields(item, [...path, key]) : [[...path, key].join(".")],
    );
  }
  return [];
}

const storable = (schema: z.ZodString) => schema.refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);

export const text = (max: number) =>
  storable(z.string(stringError)).trim().min(1, "required").max(max, `at most ${max} characters`);
export const optionalText = (max: number) =>
  storable(z.string(stringError))
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
