import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { EXPORT_FORMAT, type ImportDocument } from "../validations/import-document";
import { recordAudit, type AuditActor } from "./audit";
import { prisma } from "./client";
import { isUniqueViolation } from "./company-ref";
import { capexColumns, editableCapexFields, editableModelFields, modelColumns, toCapexFigureResource, toModelResource } from "./resources";
import { DuplicateRecordError } from "./write-errors";

export type ExportDocument = ImportDocument & { exportedAt: string };
export type ImportSummary = { companies: number; models: { created: number; updated: number; deleted: number; unchanged: number }; capexFigures: { created: number; updated: number; deleted: number; unchanged: number } };

async function readDocument(tx: Prisma.TransactionClient): Promise<ExportDocument> {
  const companies = await tx.company.findMany({ orderBy: { id: "asc" } });
  const models = await tx.aiModel.findMany({ include: { company: true }, orderBy: { id: "asc" } });
  const figures = await tx.capexFigure.findMany({ include: { company: true }, orderBy: [{ companyId: "asc" }, { year: "asc" }, { kind: "asc" }] });
  return {
    format: EXPORT_FORMAT,
    exportedAt: new Date().toISOString(),
    companies: companies.map(({ slug, nameZh, nameEn, ticker }) => ({ slug, nameZh, nameEn, ticker })),
    models: models.map((row) => {
      const resource = toModelResource(row);
      return { slug: resource.slug, ...editableModelFields(resource) };
    }),
    capexFigures: figures.map((row) => editableCapexFields(toCapexFigureResource(row))),
  };
}

/** All editable data (companies, models, capex figures) as one document POST /api/import accepts. */
export async function exportDocument(): Promise<ExportDocument> {
  return prisma.$transaction((tx) => readDocument(tx));
}

/** Equal flat records, whatever their key order. */
const same = (a: object, b: object) => JSON.stringify(a, Object.keys(a).sort()) === JSON.stringify(b, Object.keys(b).sort());

/**
 * Makes the database hold exactly the document's models and capex figures (companies are upserted,
 * never deleted), all in one transaction: any failure leaves every row as it was. Changed records
 * get a new version, so an editor holding an old one gets 412 afterwards.
 */
export async function importDocument(doc: ImportDocument, actor: AuditActor): Promise<ImportSummary> {
  try {
    return await prisma.$transaction(async (tx) => {
      const before = await readDocument(tx);
      const companyIds = new Map<string, number>();
      for (const company of doc.companies) {
        const row = await tx.company.upsert({ where: { slug: company.slug }, update: company, create: company });
        companyIds.set(company.slug, row.id);
      }
      const companyId = (slug: string) => companyIds.get(slug) ?? 0; // the schema guarantees every slug is listed

      const models = { created: 0, updated: 0, deleted: 0, unchanged: 0 };
      const existingModels = new Map(before.models.map((m) => [m.slug, m]));
      for (const { slug, ...fields } of doc.models) {
        const existing = existingModels.get(slug);
        existingModels.delete(slug);
        if (!existing) {
          await tx.aiModel.create({ data: { slug, ...modelColumns(fields, companyId(fields.company)) } });
          models.created++;
        } else if (same({ slug, ...fields }, existing)) {
          models.unchanged++;
        } else {
          await tx.aiModel.update({ where: { slug }, data: { ...modelColumns(fields, companyId(fields.company)), version: { increment: 1 } } });
          models.updated++;
        }
      }
      models.deleted = (await tx.aiModel.deleteMany({ where: { slug: { in: [...existingModels.keys()] } } })).count;

      const figures = { created: 0, updated: 0, deleted: 0, unchanged: 0 };
      const keyOf = (f: { company: string; year: number; kind: string }) => `${f.company}/${f.year}/${f.kind}`;
      const existingFigures = new Map(before.capexFigures.map((f) => [keyOf(f), f]));
      const leftoverIds = new Map((await tx.capexFigure.findMany({ include: { company: true } })).map((f) => [keyOf({ company: f.company.slug, year: f.year, kind: f.kind }), f.id]));
      for (const figure of doc.capexFigures) {
        const key = keyOf(figure);
        const existing = existingFigures.get(key);
        const id = leftoverIds.get(key);
        leftoverIds.delete(key);
        const columns = capexColumns(figure, companyId(figure.company));
        if (!existing || id === undefined) {
          await tx.capexFigure.create({ data: columns });
          figures.created++;
        } else if (same(figure, existing)) {
          figures.unchanged++;
        } else {
          await tx.capexFigure.update({ where: { id }, data: { ...columns, version: { increment: 1 } } });
          figures.updated++;
        }
      }
      figures.deleted = (await tx.capexFigure.deleteMany({ where: { id: { in: [...leftoverIds.values()] } } })).count;

      const after = await readDocument(tx);
      await recordAudit(tx, { actor, action: "import", entity: "dataset", entityKey: "all", before, after });
      return { companies: doc.companies.length, models, capexFigures: figures };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DuplicateRecordError("the document conflicts with a unique value (e.g. two companies with one ticker); nothing was imported");
    throw error;
  }
}
