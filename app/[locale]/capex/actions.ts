"use server";

import { headers } from "next/headers";

import { parseCapexQuery, serializeCapexQuery } from "@/lib/capex/params";
import { admitScenarioSave } from "@/lib/capex/save-limit";
import {
  NAME_ERRORS,
  savedScenarioInputSchema,
  type SavedScenarioNameError,
  type SaveScenarioResult,
} from "@/lib/capex/saved-scenario";
import { resolveDataVersion } from "@/lib/db/pinned-data";
import { createSavedScenario } from "@/lib/db/scenarios";
import { clientAddress } from "@/lib/request/forwarded";
import { parseDataVersionParam, withDataVersion } from "@/lib/url-state/data-version";

const isNameError = (message: string | undefined): message is SavedScenarioNameError =>
  (NAME_ERRORS as readonly (string | undefined)[]).includes(message);

/**
 * Saves the scenario in three steps: parse the form (zod: the name's rules are in
 * lib/capex/saved-scenario.ts), admit the client (per-address limits, lib/capex/save-limit.ts), then
 * store it under its canonical query, or answer the existing id when the same name and state were
 * saved before.
 */
export async function saveScenario(_previous: SaveScenarioResult, formData: FormData): Promise<SaveScenarioResult> {
  // An action is a public endpoint: a hand-made post may send anything as its arguments.
  if (!(formData instanceof FormData)) return { status: "failed", name: "" };
  const rawName = String(formData.get("name") ?? "");
  const parsed = savedScenarioInputSchema.safeParse({ name: rawName, query: String(formData.get("query") ?? "") });
  if (!parsed.success) {
    const message = parsed.error.issues.find((issue) => issue.path[0] === "name")?.message;
    return isNameError(message)
      ? { status: "invalid", name: rawName, error: message }
      : { status: "failed", name: rawName };
  }
  const admitted = await admitScenarioSave(clientAddress(await headers()) ?? "unknown");
  if (!admitted.allowed) return { status: "limited", name: rawName, retryAfterSeconds: admitted.retryAfterSeconds };
  // Store what the parser understood, so a saved link never carries a malformed value.
  const { state } = parseCapexQuery(Object.fromEntries(new URLSearchParams(parsed.data.query)));
  // The data version on screen when saved (a version this database has, else the latest): the short
  // link shows its figures. It is part of the stored query, so one name and state saved at two
  // versions are two short links.
  const requested = parseDataVersionParam({ v: formData.get("v")?.toString() || undefined }).version;
  const pin = await resolveDataVersion(requested, "capex");
  const dataVersion = pin.pinned?.version ?? pin.latest;
  const query = withDataVersion(serializeCapexQuery({ ...state, scenarioId: null }), dataVersion);
  try {
    const saved = await createSavedScenario({ name: parsed.data.name, query, dataVersion });
    return { status: "saved", id: saved.id, name: saved.name };
  } catch {
    return { status: "failed", name: rawName };
  }
}
