import "server-only";

import { prisma } from "./client";
import { toModelResource, type ModelResource } from "./resources";

/** Every model in the note's order, as the API represents it. */
export async function listModelResources(): Promise<ModelResource[]> {
  const rows = await prisma.aiModel.findMany({ include: { company: true }, orderBy: { id: "asc" } });
  return rows.map(toModelResource);
}

export async function findModelResource(slug: string): Promise<ModelResource | null> {
  const row = await prisma.aiModel.findUnique({ where: { slug }, include: { company: true } });
  return row ? toModelResource(row) : null;
}

/** Companies for the admin forms' company choice. */
export async function listCompanies() {
  return prisma.company.findMany({ orderBy: { id: "asc" }, select: { slug: true, nameZh: true, nameEn: true } });
}
