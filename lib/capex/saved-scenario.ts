import { z } from "zod";

/**
 * Characters a name may not contain: controls (NUL, tab, newline…), format characters (bidi
 * overrides such as U+202E, zero-width spaces and joiners, the BOM), lone surrogates and line or
 * paragraph separators. Each is invisible or reorders text, so a name carrying one would not read
 * as what it is, on the page or under the product's name in a link preview.
 */
const FORBIDDEN_IN_NAME = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasForbiddenNameCharacters(name: string): boolean {
  return FORBIDDEN_IN_NAME.test(name) || LONE_SURROGATE.test(name);
}

/**
 * A scenario to save: its name (NFC-normalised, so the same words typed on two systems are one
 * name; trimmed; 1–80 characters; none of the characters above) and the capex query it reopens.
 */
export const savedScenarioInputSchema = z.object({
  name: z
    .string()
    .transform((name) => (LONE_SURROGATE.test(name) ? name : name.normalize("NFC")))
    .pipe(
      z
        .string()
        .trim()
        .min(1, { error: "nameRequired" })
        .refine((name) => !hasForbiddenNameCharacters(name), { error: "nameCharacters" })
        .max(80, { error: "nameTooLong" }),
    ),
  query: z.string().max(500),
});

export const NAME_ERRORS = ["nameRequired", "nameTooLong", "nameCharacters"] as const;
export type SavedScenarioNameError = (typeof NAME_ERRORS)[number];

/** What saving answers, shown in the form: the short id, or why the name was refused. */
export type SaveScenarioResult =
  | { status: "idle" }
  | { status: "saved"; id: string; name: string }
  | { status: "invalid"; name: string; error: SavedScenarioNameError }
  | { status: "failed"; name: string }
  /** Too many saves from this client address: try again after `retryAfterSeconds`. */
  | { status: "limited"; name: string; retryAfterSeconds: number };
