import { beforeAll, describe, expect, it } from "vitest";

import { useSeededTempDatabase } from "../testing/temp-database";
import { readCapexFiguresWithCompany, readCompanyBasisWithCompany, readModelsWithCompany } from "./joined-reads";

// The raw joins must give exactly what Prisma's own queries give, on SQLite and (test:pg) PostgreSQL:
// same columns, same types (booleans, nulls, dates), same order.
describe("joined reads", () => {
  const db = useSeededTempDatabase();
  beforeAll(async () => {
    // An edited row, so versions, dates and a null differ from the seed's.
    await db.prisma.aiModel.update({ where: { slug: "llama-3" }, data: { paramsB: null, version: { increment: 1 } } });
  });

  it("reads the models with their company as Prisma's findMany with include does", async () => {
    const expected = await db.prisma.aiModel.findMany({ include: { company: true }, orderBy: { id: "asc" } });
    const rows = await readModelsWithCompany(db.prisma);
    expect(rows).toHaveLength(16);
    expect(rows).toEqual(expected);
    expect(rows.find((row) => row.slug === "llama-3")).toMatchObject({ paramsB: null, version: 2 });
    expect(rows[0]?.updatedAt).toBeInstanceOf(Date);
    expect(typeof rows[0]?.moe).toBe("boolean");
  });

  it("reads the capex figures with their company as Prisma's findMany with include does", async () => {
    const expected = await db.prisma.capexFigure.findMany({
      include: { company: true },
      orderBy: [{ company: { id: "asc" } }, { year: "asc" }, { id: "asc" }],
    });
    const rows = await readCapexFiguresWithCompany(db.prisma);
    expect(rows).toHaveLength(15);
    expect(rows).toEqual(expected);
  });

  it("reads the company-basis amounts with their company as Prisma's findMany with include does", async () => {
    const expected = await db.prisma.capexCompanyBasis.findMany({
      include: { company: true },
      orderBy: [{ company: { id: "asc" } }, { fiscalYear: "asc" }, { kind: "asc" }, { sequence: "asc" }],
    });
    const rows = await readCompanyBasisWithCompany(db.prisma);
    expect(rows).toHaveLength(24);
    expect(rows).toEqual(expected);
    expect(rows.find((row) => row.kind === "plan" && row.usdBnLow !== null)).toMatchObject({ usdBn: null });
  });
});
