"use server";

import { parseCapexQuery, serializeCapexQuery } from "@/lib/capex/params";
import { savedScenarioInputSchema, type SaveScenarioResult } from "@/lib/capex/saved-scenario";
import { createSavedScenario } from "@/lib/db/scenarios";

/** Parses the form (zod), stores the scenario under its canonical query, and returns the short id. */
export async function saveScenario(_previous: SaveScenarioResult, formData: FormData): Promise<SaveScenarioResult> {
  const rawName = String(formData.get("name") ?? "");
  const parsed = savedScenarioInputSchema.safeParse({ name: rawName, query: String(formData.get("query") ?? "") });
  if (!parsed.success) {
    const message = parsed.error.issues.find((issue) => issue.path[0] === "name")?.message;
    return message === "nameTooLong" || message === "nameRequired"
      ? { status: "invalid", name: rawName, error: message }
      : { status: "failed", name: rawName };
  }
  // Store what the parser understood, so a saved link never carries a malformed value.
  const { state } = parseCapexQuery(Object.fromEntries(new URLSearchParams(parsed.data.query)));
  const query = serializeCapexQuery({ ...state, scenarioId: null });
  try {
    const saved = await createSavedScenario({ name: parsed.data.name, query });
    return { status: "saved", id: saved.id, name: saved.name };
  } catch {
    return { status: "failed", name: rawName };
  }
}
