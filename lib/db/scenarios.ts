import "server-only";

import { cache } from "react";

import { newSavedScenarioId } from "@/lib/url-state/scenario-id";

import type { PrismaClient } from "../generated/prisma/client";
import { prisma } from "./client";
import { isUniqueViolation } from "./company-ref";

/** `dataVersion`: the data version the scenario was saved at (its short link shows that version). */
type ScenarioInput = { name: string; query: string; dataVersion?: number | null };

/**
 * Stores a named capex scenario (its canonical query) under a fresh short id, or, when the same
 * name and state were saved before, answers that scenario: a double click, a retry or a script
 * repeating itself adds no row. Of two identical saves racing, the unique index (name, query)
 * lets one insert and the other reads it back. Saved scenarios are kept; see README "Retention".
 */
export async function saveScenarioOnce(client: PrismaClient, input: ScenarioInput) {
  const existing = () =>
    client.savedScenario.findUnique({ where: { name_query: { name: input.name, query: input.query } } });
  const found = await existing();
  if (found) return found;
  try {
    return await client.savedScenario.create({ data: { id: newSavedScenarioId(), ...input } });
  } catch (error) {
    const raced = isUniqueViolation(error) ? await existing() : null;
    if (raced) return raced;
    throw error;
  }
}

export function createSavedScenario(input: ScenarioInput) {
  return saveScenarioOnce(prisma, input);
}

/** A saved scenario by id, or null; read once per request (React cache), shared by the page and its metadata. */
export const getSavedScenario = cache((id: string) => prisma.savedScenario.findUnique({ where: { id } }));
