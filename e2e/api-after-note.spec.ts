import { expect, test } from "@playwright/test";

// What happened after the note, as the read API carries it (on SQLite, and on PostgreSQL in test:pg).
type Figure = {
  id: number;
  company: string;
  year: number;
  kind: string;
  usdBn: number | null;
  basisZh: string;
  basisEn: string;
  sourceZh: string;
  sourceEn: string;
  accession: string | null;
  filedOn: string | null;
  sourceUrl: string | null;
};
type OwnBasis = {
  company: string;
  fiscalYear: number;
  kind: string;
  sequence: number;
  saidOn: string | null;
  usdBn: number | null;
  usdBnLow: number | null;
  usdBnHigh: number | null;
  whatZh: string | null;
  origin: string;
};

test("GET /api/capex carries the fiscal-2025 10-K figures, like for like, with their filings, in both languages", async ({
  request,
}) => {
  const body = await (await request.get("/api/capex")).json();
  const actuals = (body.capexFigures as Figure[]).filter((f) => f.kind === "reported" && f.year === 2025);
  expect(Object.fromEntries(actuals.map((f) => [f.company, f.usdBn]))).toEqual({
    microsoft: 64.551,
    alphabet: 91.447,
    amazon: 131.819,
    meta: 69.691,
    apple: 12.715,
  });
  const msft = actuals.find((f) => f.company === "microsoft")!;
  expect(msft).toMatchObject({
    accession: "0000950170-25-100235",
    filedOn: "2025-07-30",
    sourceUrl: "https://www.sec.gov/Archives/edgar/data/789019/000095017025100235/",
    basisZh: "2025 财年（2024.7–2025.6）",
    basisEn: "FY2025 (Jul 2024 - Jun 2025)",
  });
  expect(msft.sourceZh).toContain("现金流量表");
  const one = await request.get(`/api/capex/${msft.id}`);
  expect(await one.json()).toMatchObject({ accession: "0000950170-25-100235", usdBn: 64.551 });
  const amazon2024 = (body.capexFigures as Figure[]).find(
    (f) => f.company === "amazon" && f.year === 2024 && f.kind === "reported",
  );
  expect(amazon2024?.usdBn).toBe(82.999);
});

test("GET /api/capex/company-basis carries the dated plans and the own-basis actuals, apart from the like-for-like figures", async ({
  request,
}) => {
  const response = await request.get("/api/capex/company-basis");
  expect(response.status()).toBe(200);
  const { count, capexCompanyBasis } = (await response.json()) as { count: number; capexCompanyBasis: OwnBasis[] };
  expect(count).toBe(24);
  const meta2025 = capexCompanyBasis.filter((r) => r.company === "meta" && r.fiscalYear === 2025 && r.kind === "plan");
  expect(meta2025.map((r) => [r.saidOn, r.usdBnLow, r.usdBnHigh])).toEqual([
    ["2025-01-29", 60, 65],
    ["2025-04-30", 64, 72],
    ["2025-07-30", 66, 72],
    ["2025-10-29", 70, 72],
  ]);
  const actuals = capexCompanyBasis
    .filter((r) => r.kind === "actual")
    .map((r) => `${r.company} ${r.fiscalYear}: ${r.usdBn}`);
  expect(actuals.sort()).toEqual([
    "amazon 2025: 128.32",
    "meta 2024: 39.225",
    "meta 2025: 72.215",
    "microsoft 2025: 88.2",
  ]);
  const apple2026 = capexCompanyBasis.find((r) => r.company === "apple" && r.fiscalYear === 2026);
  expect(apple2026).toMatchObject({
    kind: "plan",
    usdBn: null,
    usdBnLow: null,
    origin: "statement",
    whatZh: "未给出金额；资本开支将进一步增加（2025 年 10 月 30 日）",
  });
});

test("GET /api/export writes ai-capex-lens/v2 with the company-basis amounts and both languages", async ({
  request,
}) => {
  const exported = await (await request.get("/api/export")).json();
  expect(exported.format).toBe("ai-capex-lens/v2");
  expect(exported.capexCompanyBasis).toHaveLength(24);
  expect(exported.models[0]).toMatchObject({
    sourceZh: expect.stringMatching(/^研报图表 2/),
    sourceEn: expect.stringMatching(/^The note's Chart 2/),
  });
  expect(JSON.stringify(exported.models)).not.toMatch(/params_b/);
});
