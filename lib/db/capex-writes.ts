import "server-only";

import type { PrismaClient } from "../generated/prisma/client";
import type { CapexFigureInput } from "../validations/capex-figure";
import { recordDataWrite, type AuditActor } from "./audit";
import { prisma } from "./client";
import { companyIdBySlug, isUniqueViolation } from "./company-ref";
import { capexColumns, toCapexFigureResource, type CapexFigureResource } from "./resources";
import { deleteVersioned, updateVersioned, type VersionedTable } from "./versioned-writes";
import { DuplicateRecordError } from "./write-errors";

const withCompany = { company: true } as const;
const duplicate = (input: CapexFigureInput) =>
  new DuplicateRecordError(`${input.company} already has a ${input.kind} capex figure for ${input.year}`);

/** Creates a capex figure (one per company, year and kind) and audits it, in one transaction. */
export async function createCapexFigure(
  input: CapexFigureInput,
  actor: AuditActor,
  db: PrismaClient = prisma,
): Promise<CapexFigureResource> {
  try {
    return await db.$transaction(async (tx) => {
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

/** The capex figures table for the versioned writes, keyed by id. */
const capexFigures: VersionedTable<number, CapexFigureInput, CapexFigureResource> = {
  entity: "capexFigure",
  label: "capex figure",
  read: async (tx, id) => {
    const row = await tx.capexFigure.findUnique({ where: { id }, include: withCompany });
    return row && toCapexFigureResource(row);
  },
  replaceAt: async (tx, id, version, input) => {
    const companyId = await companyIdBySlug(tx, input.company);
    const { count } = await tx.capexFigure.updateMany({
      where: { id, version },
      data: { ...capexColumns(input, companyId), version: { increment: 1 } },
    });
    return count;
  },
  deleteAt: async (tx, id, version) => (await tx.capexFigure.deleteMany({ where: { id, version } })).count,
};

/** Replaces a capex figure's fields if it is still at `expectedVersion` (lib/db/versioned-writes.ts). */
export async function updateCapexFigure(
  id: number,
  expectedVersion: number,
  input: CapexFigureInput,
  actor: AuditActor,
  db: PrismaClient = prisma,
): Promise<CapexFigureResource> {
  try {
    return await updateVersioned(db, capexFigures, id, expectedVersion, input, actor);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate(input);
    throw error;
  }
}

/** Deletes a capex figure if it is still at `expectedVersion`, and audits what was deleted. */
export async function deleteCapexFigure(
  id: number,
  expectedVersion: number,
  actor: AuditActor,
  db: PrismaClient = prisma,
): Promise<void> {
  await deleteVersioned(db, capexFigures, id, expectedVersion, actor);
}
