import "server-only";
import { prisma } from "./client";

/** The note's key figures by key (e.g. "capex_total_2024"). */
export async function getKeyFigures() {
  const rows = await prisma.keyFigure.findMany();
  return new Map(rows.map((row) => [row.key, row]));
}

export type KeyFigureRecord = NonNullable<ReturnType<Awaited<ReturnType<typeof getKeyFigures>>["get"]>>;
