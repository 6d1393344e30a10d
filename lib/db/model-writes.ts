import "server-only";

import type { PrismaClient } from "../generated/prisma/client";
import { slugify } from "../slug";
import type { ModelCreateInput, ModelInput } from "../validations/model";
import { recordDataWrite, type AuditActor } from "./audit";
import { prisma } from "./client";
import { companyIdBySlug, isUniqueViolation } from "./company-ref";
import { modelColumns, toModelResource, type ModelResource } from "./resources";
import { deleteVersioned, updateVersioned, type VersionedTable } from "./versioned-writes";
import { DuplicateRecordError, InvalidReferenceError } from "./write-errors";

const withCompany = { company: true } as const;

/** Creates a model (slug from the body, else from nameEn) and audits it, in one transaction. */
export async function createModel(
  input: ModelCreateInput,
  actor: AuditActor,
  db: PrismaClient = prisma,
): Promise<ModelResource> {
  const { slug: given, ...fields } = input;
  const slug = given ?? slugify(fields.nameEn);
  if (!slug) throw new InvalidReferenceError("nameEn", "needs at least one letter or digit to derive a slug from");
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.aiModel.findUnique({ where: { slug }, select: { id: true } })) {
        throw new DuplicateRecordError(`a model with slug "${slug}" already exists`);
      }
      const companyId = await companyIdBySlug(tx, fields.company);
      const created = toModelResource(
        await tx.aiModel.create({ data: { slug, ...modelColumns(fields, companyId) }, include: withCompany }),
      );
      await recordDataWrite(tx, {
        actor,
        action: "create",
        entity: "model",
        entityKey: slug,
        before: null,
        after: created,
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DuplicateRecordError(`a model with slug "${slug}" already exists`);
    throw error;
  }
}

/** The models table for the versioned writes, keyed by slug. */
const models: VersionedTable<string, ModelInput, ModelResource> = {
  entity: "model",
  label: "model",
  read: async (tx, slug) => {
    const row = await tx.aiModel.findUnique({ where: { slug }, include: withCompany });
    return row && toModelResource(row);
  },
  replaceAt: async (tx, slug, version, input) => {
    const companyId = await companyIdBySlug(tx, input.company);
    const { count } = await tx.aiModel.updateMany({
      where: { slug, version },
      data: { ...modelColumns(input, companyId), version: { increment: 1 } },
    });
    return count;
  },
  deleteAt: async (tx, slug, version) => (await tx.aiModel.deleteMany({ where: { slug, version } })).count,
};

/** Replaces a model's fields if it is still at `expectedVersion` (lib/db/versioned-writes.ts). */
export async function updateModel(
  slug: string,
  expectedVersion: number,
  input: ModelInput,
  actor: AuditActor,
  db: PrismaClient = prisma,
): Promise<ModelResource> {
  return updateVersioned(db, models, slug, expectedVersion, input, actor);
}

/** Deletes a model if it is still at `expectedVersion`, and audits what was deleted. */
export async function deleteModel(
  slug: string,
  expectedVersion: number,
  actor: AuditActor,
  db: PrismaClient = prisma,
): Promise<void> {
  await deleteVersioned(db, models, slug, expectedVersion, actor);
}
