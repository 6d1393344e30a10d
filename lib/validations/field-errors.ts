import type { z } from "zod";

export type FieldError = { field: string; message: string };

/** zod issues as `{ field, message }` pairs; an unknown key becomes one error named after that key. */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ field: base ? `${base}.${key}` : key, message: "unknown field" }));
    }
    return [{ field: base || "(body)", message: issue.message }];
  });
}
