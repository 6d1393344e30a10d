import "server-only";
import { cache } from "react";
import { prisma } from "./client";

/** The note's key figures by key (e.g. "capex_total_2024"); read once per request (React cache). */
export const getKeyFigures = cache(async () => {
  const rows = await prisma.keyFigure.findMany();
  return new Map(rows.map((row) => [row.key, row]));
});

export type KeyFigureRecord = NonNullable<ReturnType<Awaited<ReturnType<typeof getKeyFigures>>["get"]>>;
