import { describe, expect, it } from "vitest";

import { loadFacts } from "../facts/load";
import { useSeededTempDatabase } from "../testing/temp-database";
import { EXPORT_FORMAT_V1, importDocumentSchema } from "../validations/import-document";
import { exportDocument, importDocument } from "./transfer";

const withoutTime = <T extends { exportedAt?: string }>({ exportedAt: _exportedAt, ...doc }: T) => doc;

describe("export and import", () => {
  const db = useSeededTempDatabase();

  it("exports the current format with both languages and the company-basis amounts, and imports it back unchanged", async () => {
    const exported = await exportDocument(db.prisma);
    expect(exported.format).toBe("ai-capex-lens/v2");
    expect(exported.capexFigures).toHaveLength(15);
    expect(exported.capexCompanyBasis).toHaveLength(24);
    expect(
      exported.capexFigures.find((f) => f.company === "amazon" && f.year === 2025 && f.kind === "reported"),
    ).toMatchObject({
      usdBn: 131.819,
      accession: "0001018724-26-000004",
      basisZh: "2025 年",
      sourceZh: expect.stringMatching(/^亚马逊 10-K 年报/),
    });

    // Through JSON and the API's schema, as POST /api/import receives it.
    const parsed = importDocumentSchema.parse(JSON.parse(JSON.stringify(exported)));
    const summary = await importDocument(
      parsed,
      { name: "tester", kind: "token", channel: "import", address: null },
      db.prisma,
    );
    const unchanged = (count: number) => ({ created: 0, updated: 0, deleted: 0, unchanged: count });
    expect(summary).toEqual({
      format: "ai-capex-lens/v2",
      companies: 15,
      models: unchanged(16),
      capexFigures: unchanged(15),
      capexCompanyBasis: unchanged(24),
    });
    expect(withoutTime(await exportDocument(db.prisma))).toEqual(withoutTime(exported));
  }, 60_000);

  it("imports a change to a plan and an own-basis amount, with new versions, all audited", async () => {
    const exported = await exportDocument(db.prisma);
    const [first, ...rest] = exported.capexCompanyBasis;
    const before = await db.prisma.capexCompanyBasis.findFirstOrThrow({
      where: {
        sequence: first!.sequence,
        fiscalYear: first!.fiscalYear,
        kind: first!.kind,
        company: { slug: first!.company },
      },
    });
    const summary = await importDocument(
      importDocumentSchema.parse({
        ...exported,
        capexCompanyBasis: [{ ...first!, whatZh: "改", whatEn: "edited" }, ...rest.slice(1)],
      }),
      { name: "tester", kind: "token", channel: "import", address: null },
      db.prisma,
    );
    expect(summary.capexCompanyBasis).toEqual({ created: 0, updated: 1, deleted: 1, unchanged: 22 });
    expect(await db.prisma.capexCompanyBasis.findUniqueOrThrow({ where: { id: before.id } })).toMatchObject({
      whatEn: "edited",
      version: before.version + 1,
    });
    expect(await db.prisma.auditEntry.count({ where: { action: "import", actor: "tester" } })).toBe(2);
    await importDocument(
      importDocumentSchema.parse(JSON.parse(JSON.stringify(exported))),
      { name: "tester", kind: "token", channel: "import", address: null },
      db.prisma,
    );
  }, 60_000);

  it("reads a first-format document: seeded texts get their Chinese back, other texts stand for both languages, company-basis amounts stay", async () => {
    const current = await exportDocument(db.prisma);
    const v1 = {
      format: EXPORT_FORMAT_V1,
      companies: current.companies,
      models: current.models.map(({ sourceZh: _zh, sourceEn: _en, ...model }) => ({
        ...model,
        source: loadFacts().models.source,
      })),
      capexFigures: current.capexFigures
        .filter((figure) => figure.year === 2024 || figure.kind === "guidance")
        .map(
          ({
            basisZh: _bz,
            basisEn,
            lineZh: _lz,
            lineEn,
            measureZh: _mz,
            measureEn: _me,
            sourceZh: _sz,
            sourceEn,
            accession: _a,
            filedOn: _f,
            sourceUrl: _u,
            ...figure
          }) => ({
            ...figure,
            basis: basisEn,
            line: lineEn,
            source: figure.company === "apple" && figure.kind === "reported" ? "Edited by hand" : sourceEn,
          }),
        ),
    };
    const summary = await importDocument(
      importDocumentSchema.parse(v1),
      { name: "tester", kind: "token", channel: "import", address: null },
      db.prisma,
    );
    expect(summary).toMatchObject({
      format: "ai-capex-lens/v1",
      capexFigures: { deleted: 5 },
      capexCompanyBasis: null,
    });
    expect(await db.prisma.capexCompanyBasis.count()).toBe(24);
    const msft = await db.prisma.capexFigure.findFirstOrThrow({
      where: { company: { slug: "microsoft" }, year: 2024, kind: "reported" },
    });
    expect(msft).toMatchObject({
      basisZh: "2024 财年（2023.7–2024.6）",
      sourceZh: "微软年报，现金流量表：购建物业及设备支出",
    });
    const apple = await db.prisma.capexFigure.findFirstOrThrow({
      where: { company: { slug: "apple" }, year: 2024, kind: "reported" },
    });
    expect(apple).toMatchObject({ sourceZh: "Edited by hand", sourceEn: "Edited by hand" });
    const model = await db.prisma.aiModel.findUniqueOrThrow({ where: { slug: "o1" } });
    expect(model.sourceZh).toMatch(/^研报图表 2/);
    expect(model.sourceEn).not.toMatch(/params_b/);
  }, 60_000);
});
