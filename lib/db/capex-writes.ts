import "server-only";

import type { CapexFigureInput } from "../validations/capex-figure";
import { recordDataWrite, type AuditActor } from "./audit";
import { prisma } from "./client";
import { companyIdBySlug, isUniqueViolation } from "./company-ref";
import { capexColumns, toCapexFigureResource, type CapexFigureResource } from "./resources";
import { DuplicateRecordError, RecordNotFoundError, VersionConflictError } from "./write-errors";

const withCompany = { company: true } as const;
const duplicate = (input: CapexFigureInput) =>
  new DuplicateRecordError(`${input.company} already has a ${input.kind} capex figure for ${input.year}`);

/** Creates a capex figure (one per company, year and kind) and audits it, in one transaction. */
export async function createCapexFigure(input: CapexFigureInput, actor: AuditActor): Promise<CapexFigureResource> {
  try {
    return await prisma.$transaction(async (tx) => {
      const companyId = await companyIdBySlug(tx, input.company);
      const created = toCapexFigureResource(
        await tx.capexFigure.create({ data: capexColumns(input, companyId), include: withCompany }),
      );
      await recordDataWrite(tx, {
        actor,
        action: "create",
        entity: "capexFigure",
        entityKey: String(created.id),
        before: null,
        after: created,
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate(input);
    throw error;
  }
}

/** Replaces a capex figure's fields if it is still at `expectedVersion` (see updateModel). */
export async function updateCapexFigure(
  id: number,
  expectedVersion: number,
  input: CapexFigureInput,
  actor: AuditActor,
): Promise<CapexFigureResource> {
  try {
    return await prisma.$transaction(async (tx) => {
      const current = await tx.capexFigure.findUnique({ where: { id }, include: withCompany });
      if (!current) throw new RecordNotFoundError("capex figure", String(id));
      if (current.version !== expectedVersion) throw new VersionConflictError(current.version);
      const companyId = await companyIdBySlug(tx, input.company);
      const { count } = await tx.capexFigure.updateMany({
        where: { id, version: expectedVersion },
        data: { ...capexColumns(input, companyId), version: { increment: 1 } },
      });
      if (count === 0) throw new VersionConflictError(expectedVersion + 1);
      const updated = toCapexFigureResource(
        await tx.capexFigure.findUniqueOrThrow({ where: { id }, include: withCompany }),
      );
      await recordDataWrite(tx, {
        actor,
        action: "update",
        entity: "capexFigure",
        entityKey: String(id),
        before: toCapexFigureResource(current),
        after: updated,
      });
      return updated;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate(input);
    throw error;
  }
}

/** Deletes a capex figure if it is still at `expectedVersion`, and audits what was deleted (see deleteModel). */
export async function deleteCapexFigure(id: number, expectedVersion: number, actor: AuditActor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const current = await tx.capexFigure.findUnique({ where: { id }, include: withCompany });
    if (!current) throw new RecordNotFoundError("capex figure", String(id));
    if (current.version !== expectedVersion) throw new VersionConflictError(current.version);
    const { count } = await tx.capexFigure.deleteMany({ where: { id, version: expectedVersion } });
    if (count === 0) throw new VersionConflictError(expectedVersion + 1);
    await recordDataWrite(tx, {
      actor,
      action: "delete",
      entity: "capexFigure",
      entityKey: String(id),
      before: toCapexFigureResource(current),
      after: null,
    });
  });
}
