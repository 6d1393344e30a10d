import "server-only";

import { loadFacts, loadFactsZh } from "../facts/load";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { dataMigrationContext, firstSeedTextEditions } from "../seed/data-migrations";
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_V1,
  type ImportDocument,
  type ImportDocumentV1,
  type ImportDocumentV2,
} from "../validations/import-document";
import { recordDataWrite, type AuditActor } from "./audit";
import { prisma } from "./client";
import { isUniqueViolation } from "./company-ref";
import {
  capexColumns,
  companyBasisColumns,
  editableCapexFields,
  editableCompanyBasisFields,
  editableModelFields,
  modelColumns,
  toCapexFigureResource,
  toCompanyBasisResource,
  toModelResource,
} from "./resources";
import { DuplicateRecordError } from "./write-errors";

export type ExportDocument = ImportDocumentV2 & { exportedAt: string };
type Counts = { created: number; updated: number; deleted: number; unchanged: number };
export type ImportSummary = {
  format: string;
  companies: number;
  models: Counts;
  capexFigures: Counts;
  /** null: a first-format document has none, so the database's were left as they were. */
  capexCompanyBasis: Counts | null;
};

async function readDocument(tx: Prisma.TransactionClient): Promise<ExportDocument> {
  const companies = await tx.company.findMany({ orderBy: { id: "asc" } });
  const models = await tx.aiModel.findMany({ include: { company: true }, orderBy: { id: "asc" } });
  const figures = await tx.capexFigure.findMany({
    include: { company: true },
    orderBy: [{ companyId: "asc" }, { year: "asc" }, { kind: "asc" }],
  });
  const companyBasis = await tx.capexCompanyBasis.findMany({
    include: { company: true },
    orderBy: [{ companyId: "asc" }, { fiscalYear: "asc" }, { kind: "asc" }, { sequence: "asc" }],
  });
  return {
    format: EXPORT_FORMAT,
    exportedAt: new Date().toISOString(),
    companies: companies.map(({ slug, nameZh, nameEn, ticker }) => ({ slug, nameZh, nameEn, ticker })),
    models: models.map((row) => {
      const resource = toModelResource(row);
      return { slug: resource.slug, ...editableModelFields(resource) };
    }),
    capexFigures: figures.map((row) => editableCapexFields(toCapexFigureResource(row))),
    capexCompanyBasis: companyBasis.map((row) => editableCompanyBasisFields(toCompanyBasisResource(row))),
  };
}

/** All editable data as one document POST /api/import accepts. */
export async function exportDocument(db: PrismaClient = prisma): Promise<ExportDocument> {
  return db.$transaction((tx) => readDocument(tx));
}

/** Equal flat records, whatever their key order. */
const same = (a: object, b: object) =>
  JSON.stringify(a, Object.keys(a).sort()) === JSON.stringify(b, Object.keys(b).sort());

/**
 * A first-format document in today's shape: each single text becomes a pair, with its Chinese when
 * it is one the seed wrote (its edition is known), else the same text in both languages. It has no
 * company-basis amounts: the import leaves those as they are.
 */
function upgradeFirstFormat(doc: ImportDocumentV1): Omit<ImportDocumentV2, "capexCompanyBasis"> {
  const editions = firstSeedTextEditions(dataMigrationContext(loadFacts(), loadFactsZh()));
  const pair = (text: string) => editions.get(text) ?? { zh: text, en: text };
  const optionalPair = (text: string | null) => (text === null ? { zh: null, en: null } : pair(text));
  return {
    format: EXPORT_FORMAT,
    exportedAt: doc.exportedAt,
    companies: doc.companies,
    models: doc.models.map(({ source, ...model }) => {
      const text = pair(source);
      return { ...model, sourceZh: text.zh, sourceEn: text.en };
    }),
    capexFigures: doc.capexFigures.map(({ basis, line, source, ...figure }) => {
      const [basisText, lineText, sourceText] = [pair(basis), optionalPair(line), pair(source)];
      return {
        ...figure,
        basisZh: basisText.zh,
        basisEn: basisText.en,
        lineZh: lineText.zh,
        lineEn: lineText.en,
        measureZh: null,
        measureEn: null,
        sourceZh: sourceText.zh,
        sourceEn: sourceText.en,
        accession: null,
        filedOn: null,
        sourceUrl: null,
      };
    }),
  };
}

/** Creates, updates (new version) and deletes records so that exactly `incoming` remain, by key. */
async function syncRecords<T extends object, Id>(
  incoming: T[],
  existing: { key: string; id: Id; fields: object }[],
  keyOf: (record: T) => string,
  write: {
    create: (record: T) => Promise<unknown>;
    update: (id: Id, record: T) => Promise<unknown>;
    deleteAll: (ids: Id[]) => Promise<number>;
  },
): Promise<Counts> {
  const counts: Counts = { created: 0, updated: 0, deleted: 0, unchanged: 0 };
  const leftover = new Map(existing.map((record) => [record.key, record]));
  for (const record of incoming) {
    const current = leftover.get(keyOf(record));
    leftover.delete(keyOf(record));
    if (!current) {
      await write.create(record);
      counts.created++;
    } else if (same(record, current.fields)) {
      counts.unchanged++;
    } else {
      await write.update(current.id, record);
      counts.updated++;
    }
  }
  counts.deleted = await write.deleteAll([...leftover.values()].map((record) => record.id));
  return counts;
}

const capexKey = (f: { company: string; year: number; kind: string }) => `${f.company}/${f.year}/${f.kind}`;
const companyBasisKey = (r: { company: string; fiscalYear: number; kind: string; sequence: number }) =>
  `${r.company}/${r.fiscalYear}/${r.kind}/${r.sequence}`;

/**
 * Makes the database hold exactly the document's models, capex figures and (in the current format)
 * company-basis amounts; companies are upserted, never deleted. All in one transaction: any failure
 * leaves every row as it was. Changed records get a new version, so an editor holding an old one
 * gets 412 afterwards. The previous format ("ai-capex-lens/v1") is read too (see upgradeFirstFormat).
 */
export async function importDocument(
  given: ImportDocument,
  actor: AuditActor,
  db: PrismaClient = prisma,
): Promise<ImportSummary> {
  const doc = given.format === EXPORT_FORMAT_V1 ? upgradeFirstFormat(given) : given;
  const incomingCompanyBasis = given.format === EXPORT_FORMAT_V1 ? null : given.capexCompanyBasis;
  try {
    return await db.$transaction(async (tx) => {
      const before = await readDocument(tx);
      const companyIds = new Map<string, number>();
      for (const company of doc.companies) {
        const row = await tx.company.upsert({ where: { slug: company.slug }, update: company, create: company });
        companyIds.set(company.slug, row.id);
      }
      const companyId = (slug: string) => companyIds.get(slug) ?? 0; // the schema guarantees every slug is listed

      const models = await syncRecords(
        doc.models,
        before.models.map((model) => ({ key: model.slug, id: model.slug, fields: model })),
        (model) => model.slug,
        {
          create: ({ slug, ...fields }) =>
            tx.aiModel.create({ data: { slug, ...modelColumns(fields, companyId(fields.company)) } }),
          update: (slug, { slug: _slug, ...fields }) =>
            tx.aiModel.update({
              where: { slug },
              data: { ...modelColumns(fields, companyId(fields.company)), version: { increment: 1 } },
            }),
          deleteAll: async (slugs) => (await tx.aiModel.deleteMany({ where: { slug: { in: slugs } } })).count,
        },
      );

      const figureIds = await tx.capexFigure.findMany({ include: { company: true } });
      const capexFigures = await syncRecords(
        doc.capexFigures,
        before.capexFigures.map((figure) => ({
          key: capexKey(figure),
          id: figureIds.find((row) => capexKey({ ...row, company: row.company.slug }) === capexKey(figure))?.id ?? 0,
          fields: figure,
        })),
        capexKey,
        {
          create: (figure) => tx.capexFigure.create({ data: capexColumns(figure, companyId(figure.company)) }),
          update: (id, figure) =>
            tx.capexFigure.update({
              where: { id },
              data: { ...capexColumns(figure, companyId(figure.company)), version: { increment: 1 } },
            }),
          deleteAll: async (ids) => (await tx.capexFigure.deleteMany({ where: { id: { in: ids } } })).count,
        },
      );

      let capexCompanyBasis: Counts | null = null;
      if (incomingCompanyBasis) {
        const basisIds = await tx.capexCompanyBasis.findMany({ include: { company: true } });
        capexCompanyBasis = await syncRecords(
          incomingCompanyBasis,
          before.capexCompanyBasis.map((amount) => ({
            key: companyBasisKey(amount),
            id:
              basisIds.find((row) => companyBasisKey({ ...row, company: row.company.slug }) === companyBasisKey(amount))
                ?.id ?? 0,
            fields: amount,
          })),
          companyBasisKey,
          {
            create: (amount) =>
              tx.capexCompanyBasis.create({ data: companyBasisColumns(amount, companyId(amount.company)) }),
            update: (id, amount) =>
              tx.capexCompanyBasis.update({
                where: { id },
                data: { ...companyBasisColumns(amount, companyId(amount.company)), version: { increment: 1 } },
              }),
            deleteAll: async (ids) => (await tx.capexCompanyBasis.deleteMany({ where: { id: { in: ids } } })).count,
          },
        );
      }

      const after = await readDocument(tx);
      await recordDataWrite(tx, { actor, action: "import", entity: "dataset", entityKey: "all", before, after });
      return { format: given.format, companies: doc.companies.length, models, capexFigures, capexCompanyBasis };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DuplicateRecordError(
        "the document conflicts with a unique value (e.g. two companies with one ticker); nothing was imported",
      );
    throw error;
  }
}
