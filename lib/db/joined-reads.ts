// No `server-only`: lib/db/data-versions.ts, which the seed runs in plain Node, snapshots these rows.
import type { AiModel, CapexCompanyBasis, CapexFigure, Company, PrismaClient } from "../generated/prisma/client";
import { parseModelRegion, type ModelRegion } from "../vocabulary";

// The views' hot reads, each one SQL join. Prisma's JS engine compiles every query in WebAssembly
// and runs an `include` as two statements joined in JavaScript: about 3.5 ms for the 16 models with
// their company, against about 0.5 ms for the same rows through one $queryRaw (README, Performance).
// Identifiers are double-quoted, which SQLite and PostgreSQL both read as the Prisma field names;
// joined-reads.test.ts checks that the rows equal Prisma's own findMany on either database.

/** A model row with its region narrowed (lib/vocabulary.ts) and its company. */
export type ModelWithCompany = Omit<AiModel, "region"> & { region: ModelRegion; company: Company };
export type CapexFigureWithCompany = CapexFigure & { company: Company };
export type CompanyBasisWithCompany = CapexCompanyBasis & { company: Company };

type CompanyColumns = {
  companySlug: string;
  companyNameZh: string;
  companyNameEn: string;
  companyTicker: string | null;
};

function withCompany<Row extends { companyId: number }>({
  companySlug,
  companyNameZh,
  companyNameEn,
  companyTicker,
  ...row
}: Row & CompanyColumns) {
  return {
    ...row,
    company: {
      id: row.companyId,
      slug: companySlug,
      nameZh: companyNameZh,
      nameEn: companyNameEn,
      ticker: companyTicker,
    },
  };
}

/** Every model with its company, in the note's order (by id). */
export async function readModelsWithCompany(prisma: PrismaClient): Promise<ModelWithCompany[]> {
  const rows = await prisma.$queryRaw<(AiModel & CompanyColumns)[]>`
    SELECT m."id", m."slug", m."nameZh", m."nameEn", m."nameAsPrinted", m."companyId", m."region", m."paramsB", m."moe",
           m."inputs", m."outputs", m."openWeights", m."released", m."caveatZh", m."caveatEn", m."sourceZh", m."sourceEn", m."version", m."updatedAt",
           c."slug" AS "companySlug", c."nameZh" AS "companyNameZh", c."nameEn" AS "companyNameEn", c."ticker" AS "companyTicker"
    FROM "AiModel" m JOIN "Company" c ON c."id" = m."companyId"
    ORDER BY m."id"`;
  return rows.map((row) => ({ ...withCompany(row), region: parseModelRegion(row.region) }));
}

/** Every capex figure with its company, by company then year. */
export async function readCapexFiguresWithCompany(prisma: PrismaClient): Promise<CapexFigureWithCompany[]> {
  const rows = await prisma.$queryRaw<(CapexFigure & CompanyColumns)[]>`
    SELECT f."id", f."companyId", f."year", f."kind", f."usdBn", f."usdBnLow", f."usdBnHigh", f."basisZh", f."basisEn", f."lineZh", f."lineEn",
           f."measureZh", f."measureEn", f."origin", f."sourceZh", f."sourceEn", f."saidOn", f."accession", f."filedOn", f."sourceUrl",
           f."version", f."updatedAt",
           c."slug" AS "companySlug", c."nameZh" AS "companyNameZh", c."nameEn" AS "companyNameEn", c."ticker" AS "companyTicker"
    FROM "CapexFigure" f JOIN "Company" c ON c."id" = f."companyId"
    ORDER BY c."id", f."year", f."id"`;
  return rows.map(withCompany);
}

/** Every amount on a company's own basis (plans and what they became) with its company, by company, fiscal year, kind and order said. */
export async function readCompanyBasisWithCompany(prisma: PrismaClient): Promise<CompanyBasisWithCompany[]> {
  const rows = await prisma.$queryRaw<(CapexCompanyBasis & CompanyColumns)[]>`
    SELECT b."id", b."companyId", b."fiscalYear", b."kind", b."sequence", b."saidOn", b."usdBn", b."usdBnLow", b."usdBnHigh",
           b."periodZh", b."periodEn", b."basisZh", b."basisEn", b."whatZh", b."whatEn", b."origin", b."sourceZh", b."sourceEn",
           b."filedOn", b."sourceUrl", b."version", b."updatedAt",
           c."slug" AS "companySlug", c."nameZh" AS "companyNameZh", c."nameEn" AS "companyNameEn", c."ticker" AS "companyTicker"
    FROM "CapexCompanyBasis" b JOIN "Company" c ON c."id" = b."companyId"
    ORDER BY c."id", b."fiscalYear", b."kind", b."sequence"`;
  return rows.map(withCompany);
}
