import "server-only";
import { cache } from "react";
import { newSavedScenarioId } from "@/lib/capex/scenario-id";
import { prisma } from "./client";

/** Stores a named capex scenario (its canonical query) under a fresh short id; saved scenarios never expire. */
export async function createSavedScenario(input: { name: string; query: string }) {
  return prisma.savedScenario.create({ data: { id: newSavedScenarioId(), name: input.name, query: input.query } });
}

/** A saved scenario by id, or null; read once per request (React cache), shared by the page and its metadata. */
export const getSavedScenario = cache((id: string) => prisma.savedScenario.findUnique({ where: { id } }));
