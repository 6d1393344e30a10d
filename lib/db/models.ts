import "server-only";

import { cache } from "react";

import type { AppLocale } from "@/i18n/routing";
import { pick } from "@/lib/locale";
import type { ModelsQuery } from "@/lib/models/params";
import { applyModelsQuery, modelCompanies } from "@/lib/models/query";
import { parseModelRegion } from "@/lib/vocabulary";

import { prisma } from "./client";
import { readModelsWithCompany, type ModelWithCompany } from "./joined-reads";
import { snapshotAt } from "./pinned-data";
import { toModelResource, type ModelResource } from "./resources";

/** A model as the views show it: the database row with its source line in the reader's language. */
export type ModelRecord = Omit<ModelWithCompany, "sourceZh" | "sourceEn"> & { source: string };

function localized({ sourceZh, sourceEn, ...model }: ModelWithCompany, locale: AppLocale): ModelRecord {
  return { ...model, source: pick(locale, sourceZh, sourceEn) };
}

/**
 * All models of the note's table with their company, in the note's order, both languages: one query
 * per request (React cache), which the page, its metadata and its Open Graph card share. Nothing
 * outlives the request, so another instance's edit shows on the next one.
 */
export const listModels = cache((): Promise<ModelWithCompany[]> => readModelsWithCompany(prisma));

/** The models as of data `version` (a pinned link; an existing version: resolve it first), or current when null. */
async function modelsAsOf(version: number | null): Promise<ModelWithCompany[]> {
  return version === null ? listModels() : (await snapshotAt(version)).models;
}

/**
 * The models a Models view state shows, filtered and sorted on the server, with texts in `locale`. The
 * table is small (the note's 16 rows), so the filters run in lib/models/query.ts rather than SQL: one
 * tested definition, and case-insensitive search in Chinese and English, which SQLite's LIKE does not
 * give. `locale` also decides how company and model names collate when sorting by them.
 */
export async function findModels(
  state: ModelsQuery,
  locale: AppLocale,
  version: number | null = null,
): Promise<ModelRecord[]> {
  return applyModelsQuery(await modelsAsOf(version), state, locale).map((model) => localized(model, locale));
}

/** One model with its company, texts in `locale`, or null; as of data `version` when given (a pinned link). */
export async function getModelBySlug(
  slug: string,
  locale: AppLocale,
  version: number | null = null,
): Promise<ModelRecord | null> {
  if (version !== null) {
    const pinned = (await modelsAsOf(version)).find((model) => model.slug === slug);
    return pinned ? localized(pinned, locale) : null;
  }
  const model = await prisma.aiModel.findUnique({ where: { slug }, include: { company: true } });
  return model ? localized({ ...model, region: parseModelRegion(model.region) }, locale) : null;
}

/** The companies that have models, for the company filter (from the same read as the models). */
export async function listModelCompanies(version: number | null = null) {
  return modelCompanies(await modelsAsOf(version));
}

/** How many models the table holds (as of data `version` when given). */
export async function countModels(version: number | null = null): Promise<number> {
  return (await modelsAsOf(version)).length;
}

// As the API represents them (lib/db/resources.ts): the JSON API and the admin.

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
