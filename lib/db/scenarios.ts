import "server-only";
import { newSavedScenarioId } from "@/lib/capex/scenario-id";
import { prisma } from "./client";

/** Stores a named capex scenario (its canonical query) under a fresh short id; saved scenarios never expire. */
export async function createSavedScenario(input: { name: string; query: string }) {
  return prisma.savedScenario.create({ data: { id: newSavedScenarioId(), name: input.name, query: input.query } });
}

export async function getSavedScenario(id: string) {
  return prisma.savedScenario.findUnique({ where: { id } });
}
