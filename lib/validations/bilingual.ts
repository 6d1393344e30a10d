import { z } from "zod";

/**
 * Texts readers see are stored in both languages (`sourceZh` / `sourceEn`). Before that, the API took
 * one text per field (`source`); a write may still send it, and it then stands for both languages.
 * Sending the single text beside either language field is refused (it names the single field).
 */
export function acceptingSingleText<S extends z.ZodType>(schema: S, fields: readonly string[]) {
  return z.preprocess((input) => {
    if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
    const given: Record<string, unknown> = input as Record<string, unknown>;
    const body: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(given)) {
      const single = fields.includes(key) && !(`${key}Zh` in given) && !(`${key}En` in given);
      if (single) Object.assign(body, { [`${key}Zh`]: value, [`${key}En`]: value });
      else body[key] = value;
    }
    return body;
  }, schema);
}

/** An optional text pair is given in both languages or in neither. */
export function checkOptionalPairs(fields: readonly string[]) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    for (const field of fields) {
      const zh = value[`${field}Zh`] ?? null;
      const en = value[`${field}En`] ?? null;
      if ((zh === null) !== (en === null)) {
        ctx.addIssue({
          code: "custom",
          path: [zh === null ? `${field}Zh` : `${field}En`],
          message: `give ${field}Zh and ${field}En, or neither`,
        });
      }
    }
  };
}
