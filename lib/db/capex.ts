import "server-only";
import { prisma } from "./client";

/** Capex figures with their company, by company ticker then year. */
export async function listCapexFigures() {
  return prisma.capexFigure.findMany({
    include: { company: true },
    orderBy: [{ company: { id: "asc" } }, { year: "asc" }],
  });
}

export type CapexFigureRecord = Awaited<ReturnType<typeof listCapexFigures>>[number];
