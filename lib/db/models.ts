import "server-only";
import { prisma } from "./client";

/** All models of the note's table with their company, in the note's order. */
export async function listModels() {
  return prisma.aiModel.findMany({ include: { company: true }, orderBy: { id: "asc" } });
}

export type ModelRecord = Awaited<ReturnType<typeof listModels>>[number];
