import type { AiModel, CapexFigure, Company, PrismaClient } from "../generated/prisma/client";

// The views' hot reads, each one SQL join. Prisma's JS engine compiles every query in WebAssembly
// and runs an `include` as two statements joined in JavaScript: about 3.5 ms for the 16 models with
// their company, against about 0.5 ms for the same rows through one $queryRaw (README, Performance).
// Identifiers are double-quoted, which SQLite and PostgreSQL both read as the Prisma field names;
// joined-reads.test.ts checks that the rows equal Prisma's own findMany on either database.

export type ModelWithCompany = AiModel & { company: Company };
export type CapexFigureWithCompany = CapexFigure & { company: Company };

type CompanyColumns = { companySlug: string; companyNameZh: string; companyNameEn: string; companyTicker: string | null };

function withCompany<Row extends { companyId: number }>({ companySlug, companyNameZh, companyNameEn, companyTicker, ...row }: Row & CompanyColumns) {
  return { ...row, company: { id: row.companyId, slug: companySlug, nameZh: companyNameZh, nameEn: companyNameEn, ticker: companyTicker } };
}

/** Every model with its company, in the note's order (by id). */
export async function readModelsWithCompany(prisma: PrismaClient): Promise<ModelWithCompany[]> {
  const rows = await prisma.$queryRaw<(AiModel & CompanyColumns)[]>`
    SELECT m."id", m."slug", m."nameZh", m."nameEn", m."nameAsPrinted", m."companyId", m."region", m."paramsB", m."moe",
           m."inputs", m."outputs", m."openWeights", m."released", m."caveatZh", m."caveatEn", m."source", m."version", m."updatedAt",
           c."slug" AS "companySlug", c."nameZh" AS "companyNameZh", c."nameEn" AS "companyNameEn", c."ticker" AS "companyTicker"
    FROM "AiModel" m JOIN "Company" c ON c."id" = m."companyId"
    ORDER BY m."id"`;
  return rows.map(withCompany);
}

/** Every capex figure with its company, by company then year. */
export async function readCapexFiguresWithCompany(prisma: PrismaClient): Promise<CapexFigureWithCompany[]> {
  const rows = await prisma.$queryRaw<(CapexFigure & CompanyColumns)[]>`
    SELECT f."id", f."companyId", f."year", f."kind", f."usdBn", f."usdBnLow", f."usdBnHigh", f."basis", f."line", f."origin",
           f."source", f."saidOn", f."version", f."updatedAt",
           c."slug" AS "companySlug", c."nameZh" AS "companyNameZh", c."nameEn" AS "companyNameEn", c."ticker" AS "companyTicker"
    FROM "CapexFigure" f JOIN "Company" c ON c."id" = f."companyId"
    ORDER BY c."id", f."year", f."id"`;
  return rows.map(withCompany);
}
