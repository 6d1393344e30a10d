import { expect, test } from "@playwright/test";

import { editorHeaders } from "./admin-tokens";

// Changes shared data and puts it back. Amounts stay as they are throughout, so no other view's totals move.
test.describe.configure({ mode: "serial" });

type Exported = Record<string, unknown> & {
  format: string;
  exportedAt?: string;
  models: (Record<string, unknown> & { sourceZh: string; sourceEn: string })[];
  capexFigures: (Record<string, unknown> & {
    company: string;
    year: number;
    kind: string;
    basisEn: string;
    lineEn: string | null;
    sourceEn: string;
  })[];
  capexCompanyBasis: unknown[];
};

test("POST /api/import reads a first-format (v1) document, audited, and the v2 export puts everything back", async ({
  request,
}) => {
  const exported = (await (await request.get("/api/export")).json()) as Exported;
  const v1 = {
    format: "ai-capex-lens/v1",
    companies: exported.companies,
    models: exported.models.map(({ sourceZh: _zh, sourceEn, ...model }) => ({ ...model, source: sourceEn })),
    capexFigures: exported.capexFigures.map(
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
        source:
          figure.company === "apple" && figure.year === 2024 && figure.kind === "reported"
            ? "Apple 10-K, checked by hand"
            : sourceEn,
      }),
    ),
  };
  const imported = await request.post("/api/import", { data: v1, headers: editorHeaders() });
  expect(imported.status()).toBe(200);
  expect(await imported.json()).toMatchObject({
    imported: true,
    format: "ai-capex-lens/v1",
    capexFigures: { created: 0, deleted: 0 },
    capexCompanyBasis: null,
  });

  const figures = (await (await request.get("/api/capex")).json()).capexFigures as Exported["capexFigures"];
  const msft2024 = figures.find((f) => f.company === "microsoft" && f.year === 2024 && f.kind === "reported")!;
  // A text the seed wrote gets its Chinese back; any other stands for both languages.
  expect(msft2024).toMatchObject({
    basisZh: "2024 财年（2023.7–2024.6）",
    sourceZh: "微软年报，现金流量表：购建物业及设备支出",
  });
  expect(figures.find((f) => f.company === "apple" && f.year === 2024 && f.kind === "reported")).toMatchObject({
    sourceZh: "Apple 10-K, checked by hand",
    sourceEn: "Apple 10-K, checked by hand",
  });
  expect((await (await request.get("/api/capex/company-basis")).json()).count).toBe(24);

  const { entries } = (await (await request.get("/api/audit?limit=1", { headers: editorHeaders() })).json()) as {
    entries: { action: string; entity: string }[];
  };
  expect(entries[0]).toMatchObject({ action: "import", entity: "dataset" });

  const restored = await request.post("/api/import", { data: exported, headers: editorHeaders() });
  expect(restored.status()).toBe(200);
  const { exportedAt: _before, ...expected } = exported;
  const { exportedAt: _after, ...now } = (await (await request.get("/api/export")).json()) as Exported;
  expect(now).toEqual(expected);
});
