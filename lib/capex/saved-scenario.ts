import { z } from "zod";

/** A scenario to save: its name (trimmed, 1–80 characters) and the capex query it reopens. */
export const savedScenarioInputSchema = z.object({
  name: z.string().trim().min(1, { error: "nameRequired" }).max(80, { error: "nameTooLong" }),
  query: z.string().max(500),
});

export type SavedScenarioInput = z.infer<typeof savedScenarioInputSchema>;

/** What saving answers, shown in the form: the short id, or why the name was refused. */
export type SaveScenarioResult =
  | { status: "idle" }
  | { status: "saved"; id: string; name: string }
  | { status: "invalid"; name: string; error: "nameRequired" | "nameTooLong" }
  | { status: "failed"; name: string };
