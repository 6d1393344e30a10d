import "server-only";
import type { AppLocale } from "@/i18n/routing";
import type { ModelsQuery } from "@/lib/models/params";
import { applyModelsQuery } from "@/lib/models/query";
import { prisma } from "./client";

/** All models of the note's table with their company, in the note's order. */
export async function listModels() {
  return prisma.aiModel.findMany({ include: { company: true }, orderBy: { id: "asc" } });
}

export type ModelRecord = Awaited<ReturnType<typeof listModels>>[number];

/**
 * The models a Models view state shows, filtered and sorted on the server. The table is small (the
 * note's 16 rows), so the filters run in lib/models/query.ts rather than SQL: one tested definition,
 * and case-insensitive search in Chinese and English, which SQLite's LIKE does not give.
 * `locale` only decides how company and model names collate when sorting by them.
 */
export async function findModels(state: ModelsQuery, locale: AppLocale = "en"): Promise<ModelRecord[]> {
  return applyModelsQuery(await listModels(), state, locale);
}

/** One model with its company, or null. */
export async function getModelBySlug(slug: string): Promise<ModelRecord | null> {
  return prisma.aiModel.findUnique({ where: { slug }, include: { company: true } });
}

/** The companies that have models, for the company filter. */
export async function listModelCompanies() {
  return prisma.company.findMany({ where: { models: { some: {} } }, orderBy: { id: "asc" } });
}

/** How many models the table holds. */
export async function countModels(): Promise<number> {
  return prisma.aiModel.count();
}
