import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { loadFacts, loadFactsZh } from "../facts/load";
import { seedDatabase } from "../seed/seed-database";
import { useSeededTempDatabase } from "../testing/temp-database";
import { recordDataWrite, type AuditActor } from "./audit-record";
import { changesSince, latestDataVersion, readSnapshotAsOf, type DataSnapshot } from "./data-versions";
import { readCapexFiguresWithCompany, readCompanyBasisWithCompany, readModelsWithCompany } from "./joined-reads";

const editor: AuditActor = { name: "editor@example.com", kind: "user", channel: "admin", address: null };

/** The replayed model: what each version's capex amounts and model sizes must read back as. */
type Model = { capex: Map<number, number | null>; params: Map<string, number | null> };
const copy = (model: Model): Model => ({ capex: new Map(model.capex), params: new Map(model.params) });
const project = (snapshot: DataSnapshot): Model => ({
  capex: new Map(snapshot.capexFigures.map((row) => [row.id, row.usdBn])),
  params: new Map(snapshot.models.map((row) => [row.slug, row.paramsB])),
});

type Edit =
  | { kind: "capex"; pick: number; usdBn: number }
  | { kind: "params"; pick: number; paramsB: number | null }
  | { kind: "delete"; pick: number }
  | { kind: "create"; pick: number; usdBn: number }
  | { kind: "noop" };

const amount = fc.double({ min: 0, max: 500, noNaN: true }).map((value) => Math.round(value * 1000) / 1000);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("capex" as const), pick: fc.nat(), usdBn: amount }),
  fc.record({ kind: fc.constant("params" as const), pick: fc.nat(), paramsB: fc.option(amount) }),
  fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("create" as const), pick: fc.nat(), usdBn: amount }),
  fc.constant({ kind: "noop" as const }),
);

describe("data versions", () => {
  const db = useSeededTempDatabase();

  const current = async (): Promise<DataSnapshot> => ({
    models: await readModelsWithCompany(db.prisma),
    capexFigures: await readCapexFiguresWithCompany(db.prisma),
    companyBasis: await readCompanyBasisWithCompany(db.prisma),
  });

  it("starts with a baseline version holding the seeded rows, and a second seed adds none", async () => {
    expect(await latestDataVersion(db.prisma)).toBe(1);
    expect(await readSnapshotAsOf(db.prisma, 1)).toEqual(await current());
    await seedDatabase(db.prisma, loadFacts(), loadFactsZh());
    expect(await latestDataVersion(db.prisma)).toBe(1);
  });

  /** Applies one edit in a transaction through recordDataWrite (as every lib/db write does), and to the model. */
  async function apply(step: Edit, model: Model, nextYear: () => number): Promise<number | null> {
    return db.prisma.$transaction(async (tx) => {
      const figures = await tx.capexFigure.findMany({ orderBy: { id: "asc" } });
      const models = await tx.aiModel.findMany({ orderBy: { id: "asc" } });
      const figure = figures.length > 0 && "pick" in step ? figures[step.pick % figures.length] : undefined;
      const entry = { actor: editor, entity: "capexFigure", entityKey: "x", before: null, after: null } as const;
      if (step.kind === "capex" && figure) {
        await tx.capexFigure.update({
          where: { id: figure.id },
          data: { usdBn: step.usdBn, version: { increment: 1 } },
        });
        model.capex.set(figure.id, step.usdBn);
      } else if (step.kind === "params") {
        const row = models[step.pick % models.length]!;
        await tx.aiModel.update({ where: { id: row.id }, data: { paramsB: step.paramsB, version: { increment: 1 } } });
        model.params.set(row.slug, step.paramsB);
      } else if (step.kind === "delete" && figure) {
        await tx.capexFigure.delete({ where: { id: figure.id } });
        model.capex.delete(figure.id);
      } else if (step.kind === "create") {
        const template = figures[step.pick % figures.length] ?? (await tx.capexFigure.findFirst());
        if (!template) return (await recordDataWrite(tx, { ...entry, action: "update" })).dataVersion;
        const { id: _id, updatedAt: _updatedAt, ...columns } = template;
        const created = await tx.capexFigure.create({
          data: { ...columns, year: nextYear(), kind: "reported", usdBn: step.usdBn, version: 1 },
        });
        model.capex.set(created.id, step.usdBn);
      }
      return (await recordDataWrite(tx, { ...entry, action: "update" })).dataVersion;
    });
  }

  it("reads every version back exactly as it was, over random edit sequences", async () => {
    const baseline = project(await readSnapshotAsOf(db.prisma, 1));
    const expected = new Map<number, { model: Model; rows: DataSnapshot }>([
      [1, { model: baseline, rows: await current() }],
    ]);
    const model = copy(baseline);
    let year = 2100;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 8 }), async (edits) => {
        for (const step of edits) {
          const before = await latestDataVersion(db.prisma);
          const version = await apply(step, model, () => year++);
          if (version === null) {
            // Nothing changed (a no-op, or an edit to the value it already had): no new version.
            expect(await latestDataVersion(db.prisma)).toBe(before);
            continue;
          }
          expect(version).toBeGreaterThan(before!);
          expected.set(version, { model: copy(model), rows: await current() });
        }
        for (const [version, { model: then, rows }] of expected) {
          const snapshot = await readSnapshotAsOf(db.prisma, version);
          expect(project(snapshot)).toEqual(then);
          expect(snapshot).toEqual(rows);
        }
      }),
      { numRuns: 6 },
    );
  }, 240_000);

  it("lists the changes since a version with the row before and after, and who made them", async () => {
    const from = (await latestDataVersion(db.prisma))!;
    const figure = await db.prisma.capexFigure.findFirstOrThrow({ where: { kind: "reported" } });
    await db.prisma.$transaction(async (tx) => {
      await tx.capexFigure.update({ where: { id: figure.id }, data: { usdBn: 1.5, version: { increment: 1 } } });
      await recordDataWrite(tx, {
        actor: editor,
        action: "update",
        entity: "capexFigure",
        entityKey: String(figure.id),
        before: null,
        after: null,
      });
    });
    const changes = await changesSince(db.prisma, from);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      entity: "capexFigure",
      rowKey: String(figure.id),
      before: { usdBn: figure.usdBn },
      after: { usdBn: 1.5 },
      version: { id: from + 1, actor: editor.name, channel: "admin" },
    });
    expect(await changesSince(db.prisma, from + 1)).toEqual([]);
  });
});
