import "server-only";

import { slugify } from "../slug";
import type { ModelCreateInput, ModelInput } from "../validations/model";
import { recordDataWrite, type AuditActor } from "./audit";
import { prisma } from "./client";
import { companyIdBySlug, isUniqueViolation } from "./company-ref";
import { modelColumns, toModelResource, type ModelResource } from "./resources";
import { DuplicateRecordError, InvalidReferenceError, RecordNotFoundError, VersionConflictError } from "./write-errors";

const withCompany = { company: true } as const;

/** Creates a model (slug from the body, else from nameEn) and audits it, in one transaction. */
export async function createModel(input: ModelCreateInput, actor: AuditActor): Promise<ModelResource> {
  const { slug: given, ...fields } = input;
  const slug = given ?? slugify(fields.nameEn);
  if (!slug) throw new InvalidReferenceError("nameEn", "needs at least one letter or digit to derive a slug from");
  try {
    return await prisma.$transaction(async (tx) => {
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

/**
 * Replaces a model's fields if it is still at `expectedVersion`. The conditional update and the
 * version increment happen in one statement, so of two editors who read the same version only
 * the first one's change lands; the second gets VersionConflictError.
 */
export async function updateModel(
  slug: string,
  expectedVersion: number,
  input: ModelInput,
  actor: AuditActor,
): Promise<ModelResource> {
  return prisma.$transaction(async (tx) => {
    const current = await tx.aiModel.findUnique({ where: { slug }, include: withCompany });
    if (!current) throw new RecordNotFoundError("model", slug);
    if (current.version !== expectedVersion) throw new VersionConflictError(current.version);
    const companyId = await companyIdBySlug(tx, input.company);
    const { count } = await tx.aiModel.updateMany({
      where: { slug, version: expectedVersion },
      data: { ...modelColumns(input, companyId), version: { increment: 1 } },
    });
    if (count === 0) throw new VersionConflictError(expectedVersion + 1);
    const updated = toModelResource(await tx.aiModel.findUniqueOrThrow({ where: { slug }, include: withCompany }));
    await recordDataWrite(tx, {
      actor,
      action: "update",
      entity: "model",
      entityKey: slug,
      before: toModelResource(current),
      after: updated,
    });
    return updated;
  });
}

/** Deletes a model if it is still at `expectedVersion`, and audits what was deleted. */
export async function deleteModel(slug: string, expectedVersion: number, actor: AuditActor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const current = await tx.aiModel.findUnique({ where: { slug }, include: withCompany });
    if (!current) throw new RecordNotFoundError("model", slug);
    if (current.version !== expectedVersion) throw new VersionConflictError(current.version);
    const { count } = await tx.aiModel.deleteMany({ where: { slug, version: expectedVersion } });
    if (count === 0) throw new VersionConflictError(expectedVersion + 1);
    await recordDataWrite(tx, {
      actor,
      action: "delete",
      entity: "model",
      entityKey: slug,
      before: toModelResource(current),
      after: null,
    });
  });
}
