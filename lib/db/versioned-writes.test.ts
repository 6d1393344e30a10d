import { describe, expect, it } from "vitest";

import { useSeededTempDatabase } from "../testing/temp-database";
import type { AuditActor } from "./audit-record";
import { deleteCapexFigure, updateCapexFigure } from "./capex-writes";
import { latestDataVersion } from "./data-versions";
import { deleteModel, updateModel } from "./model-writes";
import { editableCapexFields, editableModelFields, toCapexFigureResource, toModelResource } from "./resources";
import { DuplicateRecordError, InvalidReferenceError, RecordNotFoundError, VersionConflictError } from "./write-errors";

const editor: AuditActor = { name: "editor@example.com", kind: "user", channel: "admin", address: "203.0.113.7" };

// The writes the admin forms and the API make (lib/db/versioned-writes.ts under both), on a seeded
// temporary database: what lands, what a stale version or a bad reference leaves untouched.
describe("versioned writes", () => {
  const db = useSeededTempDatabase();

  const model = async (slug: string) =>
    toModelResource(await db.prisma.aiModel.findUniqueOrThrow({ where: { slug }, include: { company: true } }));
  const capexFigures = async () =>
    (await db.prisma.capexFigure.findMany({ include: { company: true }, orderBy: { id: "asc" } })).map(
      toCapexFigureResource,
    );
  /** What a write must not change when it fails: the rows, the audit log and the data version. */
  const state = async () => ({
    models: await db.prisma.aiModel.findMany({ orderBy: { id: "asc" } }),
    capexFigures: await db.prisma.capexFigure.findMany({ orderBy: { id: "asc" } }),
    audit: await db.prisma.auditEntry.count(),
    dataVersion: await latestDataVersion(db.prisma),
  });
  const firstModelSlug = async () =>
    (await db.prisma.aiModel.findFirstOrThrow({ orderBy: { id: "asc" }, select: { slug: true } })).slug;

  it("updates a model at its version: the next version, one audit entry with before and after, a new data version", async () => {
    const slug = await firstModelSlug();
    const before = await model(slug);
    const dataVersion = await latestDataVersion(db.prisma);
    const updated = await updateModel(
      slug,
      before.version,
      { ...editableModelFields(before), caveatEn: "edited in a unit test" },
      editor,
      db.prisma,
    );
    expect(updated).toMatchObject({ slug, version: before.version + 1, caveatEn: "edited in a unit test" });
    expect(await model(slug)).toEqual(updated);
    const entry = await db.prisma.auditEntry.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(entry).toMatchObject({
      actor: editor.name,
      actorKind: "user",
      channel: "admin",
      address: editor.address,
      action: "update",
      entity: "model",
      entityKey: slug,
    });
    expect(JSON.parse(entry.before!)).toEqual(before);
    expect(JSON.parse(entry.after!)).toEqual(updated);
    expect(await latestDataVersion(db.prisma)).toBe(dataVersion! + 1);
  });

  it("refuses a stale version with the current one, and writes nothing", async () => {
    const slug = await firstModelSlug();
    const current = await model(slug);
    const unchanged = await state();
    const stale = updateModel(
      slug,
      current.version - 1,
      { ...editableModelFields(current), caveatEn: "a stale edit" },
      editor,
      db.prisma,
    );
    await expect(stale).rejects.toThrow(VersionConflictError);
    await expect(stale).rejects.toMatchObject({ currentVersion: current.version });
    await expect(deleteModel(slug, current.version + 1, editor, db.prisma)).rejects.toMatchObject({
      currentVersion: current.version,
    });
    expect(await state()).toEqual(unchanged);
  });

  it("lets only the first of two editors who read the same version land", async () => {
    const slug = await firstModelSlug();
    const current = await model(slug);
    const results = await Promise.allSettled(
      ["first", "second"].map((who) =>
        updateModel(slug, current.version, { ...editableModelFields(current), caveatEn: who }, editor, db.prisma),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [rejected] = results.filter((result) => result.status === "rejected");
    expect(rejected?.reason).toBeInstanceOf(VersionConflictError);
    expect((await model(slug)).version).toBe(current.version + 1);
  });

  it("names a missing row and an unknown company, and writes nothing", async () => {
    const slug = await firstModelSlug();
    const current = await model(slug);
    const unchanged = await state();
    await expect(
      updateModel("no-such-model", 1, editableModelFields(current), editor, db.prisma),
    ).rejects.toMatchObject({ entity: "model", key: "no-such-model" });
    await expect(deleteCapexFigure(999_999, 1, editor, db.prisma)).rejects.toThrow(RecordNotFoundError);
    const unknownCompany = updateModel(
      slug,
      current.version,
      { ...editableModelFields(current), company: "no-such-company" },
      editor,
      db.prisma,
    );
    await expect(unknownCompany).rejects.toThrow(InvalidReferenceError);
    await expect(unknownCompany).rejects.toMatchObject({ field: "company" });
    expect(await state()).toEqual(unchanged);
  });

  it("refuses a capex figure moved onto another's company, year and kind as a duplicate, and writes nothing", async () => {
    const [moved, other] = await capexFigures();
    const unchanged = await state();
    const { company, year, kind } = other!;
    await expect(
      updateCapexFigure(
        moved!.id,
        moved!.version,
        { ...editableCapexFields(moved!), company, year, kind },
        editor,
        db.prisma,
      ),
    ).rejects.toThrow(DuplicateRecordError);
    expect(await state()).toEqual(unchanged);
  });

  it("deletes at the version, and audits what was deleted", async () => {
    const [figure] = await capexFigures();
    const updated = await updateCapexFigure(
      figure!.id,
      figure!.version,
      { ...editableCapexFields(figure!), usdBn: 1.5 },
      editor,
      db.prisma,
    );
    expect(updated).toMatchObject({ id: figure!.id, version: figure!.version + 1, usdBn: 1.5 });
    await deleteCapexFigure(figure!.id, updated.version, editor, db.prisma);
    expect(await db.prisma.capexFigure.findUnique({ where: { id: figure!.id } })).toBeNull();
    const entry = await db.prisma.auditEntry.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(entry).toMatchObject({
      action: "delete",
      entity: "capexFigure",
      entityKey: String(figure!.id),
      after: null,
    });
    expect(JSON.parse(entry.before!)).toEqual(updated);
  });
});
