import { beforeAll, describe, expect, it } from "vitest";

import type { AppLocale } from "@/i18n/routing";
import { readCapexFiguresWithCompany, readCompanyBasisWithCompany } from "@/lib/db/joined-reads";
import { loadFacts } from "@/lib/facts/load";
import { formatExplanationValues } from "@/lib/figures/explain";
import type { ExplainFigure, Figure } from "@/lib/figures/origin";
import { fillTemplate } from "@/lib/template";
import { useSeededTempDatabase } from "@/lib/testing/temp-database";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

import { chartActuals, latestFiling, nextYearPlans, noteVsActual, planPaths, type NoteCapex } from "./after-note";
import { toCapexCompanies, type CapexCompany } from "./companies";
import { guidanceGrowthFigure } from "./guidance";
import { computeScenario } from "./scenario";

// Everything here is computed from a database seeded from prisma/data/facts.json, read as the app
// reads it (on SQLite, and on PostgreSQL under npm run test:pg).
const round1 = (value: number) => Math.round(value * 10) / 10;

/** The app's explainer without next-intl: the `Figures` message filled with the formatted values. */
const explainer =
  (locale: AppLocale): ExplainFigure =>
  ({ key, values }) => {
    const template = (locale === "zh" ? zh : en).Figures[key as keyof typeof en.Figures];
    if (template === undefined) throw new Error(`No Figures message ${key}`);
    return fillTemplate(template, formatExplanationValues(values, locale));
  };

describe("what happened after the note, from the seeded data", () => {
  const db = useSeededTempDatabase();
  let figures: Awaited<ReturnType<typeof readCapexFiguresWithCompany>>;
  let ownBasis: Awaited<ReturnType<typeof readCompanyBasisWithCompany>>;
  let note: NoteCapex;
  beforeAll(async () => {
    [figures, ownBasis] = await Promise.all([
      readCapexFiguresWithCompany(db.prisma),
      readCompanyBasisWithCompany(db.prisma),
    ]);
    const key = async (name: string) => (await db.prisma.keyFigure.findUniqueOrThrow({ where: { key: name } })).value;
    note = {
      total2024UsdBn: await key("capex_total_2024"),
      total2025UsdBn: await key("capex_total_2025_implied"),
      growth: await key("capex_growth_2025"),
      source: "the note",
    };
  });

  const companies = (locale: AppLocale = "en"): CapexCompany[] => toCapexCompanies(figures, ownBasis, locale);
  const consensus = (list: CapexCompany[]) =>
    computeScenario({ preset: "consensus", overrides: {} }, list, note.growth);
  const noFiguresWithoutText = (figure: Figure | null) =>
    figure === null || (figure.source.length > 0 && !figure.source.includes("{"));

  it("gives each company's like-for-like actual growth and the actual preset's total", () => {
    const list = companies();
    const actual = computeScenario({ preset: "actual", overrides: {} }, list, note.growth);
    expect(actual.companies.map((company) => [company.ticker, round1(company.growthPercent)])).toEqual([
      ["msft", 45.1],
      ["googl", 74.1],
      ["amzn", 58.8],
      ["meta", 87.1],
      ["aapl", 34.6],
    ]);
    expect(round1(actual.total2025UsdBn)).toBe(370.2);
    expect(round1(actual.totalGrowth * 100)).toBe(63.3);
  });

  it("puts the note's 269.5 and the filings-based consensus beside the actual 370.2: 100.7 bn (37.4%) above the note", () => {
    const list = companies();
    const result = noteVsActual(list, note, consensus(list), explainer("en"));
    // The note states 225.3 and +19.6%, never 269.5: computed, wherever it appears (lib/figures/capex-table.ts).
    expect(result.note2025).toEqual({
      value: 269.5,
      origin: "computed",
      source:
        "Computed from the note's 2024 total of USD 225.3 bn grown by its 19.6%; the note does not state this amount",
    });
    expect(round1(result.filings2024.value)).toBe(226.7);
    // 226.714 × 1.196 = 271.15: with Amazon's 2024 corrected to 82.999 this rounds to 271.1 (it was 271.2 on 83.004).
    expect(result.consensusOnFilings2025.value).toBeCloseTo(271.149944, 6);
    expect(round1(result.actual2025!.value)).toBe(370.2);
    expect(round1(result.actualGrowth!.value * 100)).toBe(63.3);
    expect(round1(result.missUsdBn!.value)).toBe(100.7);
    expect(round1(result.missRatio!.value * 100)).toBe(37.4);
    for (const figure of [
      result.filings2024,
      result.consensusOnFilings2025,
      result.actual2025,
      result.actualGrowth,
      result.missUsdBn,
      result.missRatio,
    ]) {
      expect(figure!.origin).toBe("computed");
      expect(noFiguresWithoutText(figure)).toBe(true);
    }
    expect(result.missUsdBn!.source).toBe("The actual USD 370.2 bn less the note's USD 269.5 bn");
    // The miss and the table reconcile: the companies' gaps to the filings-based scenario, plus that scenario's gap to the note.
    expect(round1(result.gapsTotalUsdBn!.value)).toBe(99.1);
    expect(round1(result.baseDifferenceUsdBn.value)).toBe(1.6);
    expect(result.gapsTotalUsdBn!.value + result.baseDifferenceUsdBn.value).toBeCloseTo(result.missUsdBn!.value, 9);
    expect(result.companies.reduce((sum, row) => sum + row.gapUsdBn!.value, 0)).toBeCloseTo(
      result.gapsTotalUsdBn!.value,
      9,
    );
  });

  it("compares each company's 2024, scenario, actual and gap, each with its origin", () => {
    const list = companies("zh");
    const { companies: rows } = noteVsActual(list, note, consensus(list), explainer("zh"));
    const meta = rows.find((row) => row.ticker === "meta")!;
    expect(meta.base2024).toMatchObject({ value: 37.256, origin: "filing" });
    expect(meta.scenario2025).toMatchObject({
      origin: "scenario",
      source: "Meta：2024 年财报数按研报的 19.6% 增长（研报仅给出五家公司合计增速）",
    });
    expect(meta.scenario2025.value).toBeCloseTo(37.256 * 1.196, 9);
    expect(meta.actual2025).toMatchObject({ value: 69.691, origin: "filing" });
    expect(meta.actual2025!.source).toContain("Meta 10-K 年报（文件编号 0001628280-26-003942");
    expect(meta.gapUsdBn).toMatchObject({ origin: "computed" });
    expect(meta.gapUsdBn!.value).toBeCloseTo(69.691 - 37.256 * 1.196, 9);
    expect(meta.fiscalYear2025).toBe("2025 年");
    expect(rows.find((row) => row.ticker === "msft")).toMatchObject({
      fiscalYear2024: "2024 财年（2023.7–2024.6）",
      fiscalYear2025: "2025 财年（2024.7–2025.6）",
      filing: { accession: "0000950170-25-100235", filedOn: "2025-07-30" },
    });
    expect(rows.every((row) => row.gapRatio !== null && row.gapRatio.value > 0)).toBe(true);
  });

  it("grows Meta's guidance like for like (+59.3%), and says what Microsoft's and Amazon's plans measure", () => {
    const list = companies("en");
    const byTicker = Object.fromEntries(
      list.map((company) => [company.ticker, guidanceGrowthFigure(company, explainer("en"))]),
    );
    expect(round1(byTicker.meta!.value * 100)).toBe(59.3);
    expect(byTicker.meta!.source).toBe(
      "Meta's 2025 plan of USD 60.0–65.0 bn (midpoint USD 62.5 bn) against its 2024 capex of USD 39.2 bn on the same basis (incl. principal payments on finance leases)",
    );
    expect(byTicker.msft!.source).toContain("AI-enabled datacenters, incl. finance leases");
    expect(list.find((company) => company.ticker === "amzn")!.guidance!.measure).toBe(
      "Q4 2024's USD 26.3 bn annualised, net of proceeds and incentives",
    );
    expect(byTicker.aapl).toBeNull();
    const metaZh = guidanceGrowthFigure(
      companies("zh").find((company) => company.ticker === "meta")!,
      explainer("zh"),
    )!;
    expect(metaZh.source).toBe(
      "Meta：2025 年计划 600–650 亿美元（中值 625 亿美元）对比同口径（含融资租赁本金偿付）2024 年资本开支 392 亿美元",
    );
  });

  it("lays out each company's 2025 plans as they moved, with the outcome on the plans' own basis, never in a like-for-like total", () => {
    const paths = planPaths(companies(), ownBasis, "en", explainer("en"));
    expect(paths.map((path) => [path.ticker, path.statements.length])).toEqual([
      ["msft", 1],
      ["googl", 4],
      ["amzn", 3],
      ["meta", 4],
      ["aapl", 1],
    ]);
    const meta = paths.find((path) => path.ticker === "meta")!;
    expect(meta.basis).toBe("incl. principal payments on finance leases");
    expect(meta.statements.map((s) => [s.saidOn, s.usdBnLow, s.usdBnHigh])).toEqual([
      ["2025-01-29", 60, 65],
      ["2025-04-30", 64, 72],
      ["2025-07-30", 66, 72],
      ["2025-10-29", 70, 72],
    ]);
    const outcomes = Object.fromEntries(paths.map((path) => [path.ticker, path.outcome]));
    expect(outcomes.meta).toMatchObject({ amount: { basis: "company", usdBn: 72.215 }, figure: { origin: "filing" } });
    expect(outcomes.msft).toMatchObject({
      amount: { basis: "company", usdBn: 88.2 },
      basis: "incl. finance leases, FY2025",
    });
    expect(outcomes.amzn).toMatchObject({ amount: { basis: "company", usdBn: 128.32 } });
    // On the cash-flow line the plans were on, said as a basis, not as the filing's fiscal year.
    expect(outcomes.googl).toMatchObject({
      amount: { basis: "like-for-like", usdBn: 91.447 },
      basis: "purchases of property and equipment",
    });
    expect(outcomes.aapl).toMatchObject({
      amount: { basis: "like-for-like", usdBn: 12.715 },
      basis: "payments for acquisition of PP&E",
    });
    expect(paths.find((path) => path.ticker === "aapl")!.statements[0]).toMatchObject({
      usdBn: null,
      usdBnLow: null,
      what: "capex to grow substantially (no figure)",
    });
    // The outcomes match facts.json's own, company by company.
    const facts = loadFacts();
    for (const path of facts.capex_guidance_path_2025.rows) {
      const ticker = { Microsoft: "msft", Alphabet: "googl", Amazon: "amzn", Meta: "meta", Apple: "aapl" }[
        path.company
      ]!;
      expect(outcomes[ticker]!.amount.usdBn).toBe(path.outcome.usd_bn);
    }
  });

  it("marks the amounts computed from quarters as computed, with their inputs, never as a statement or a filing", () => {
    const paths = planPaths(companies(), ownBasis, "zh", explainer("zh"));
    const amazon = paths.find((path) => path.ticker === "amzn")!;
    expect(amazon.statements.map((statement) => [statement.usdBn, statement.origin])).toEqual([
      [105, "computed"],
      [118, "computed"],
      [125, "statement"],
    ]);
    expect(amazon.statements[0]!.computedFrom).toBe(
      "2024 年四季度 263 亿美元 × 4（公司称该季度大致可代表 2025 年的投入节奏），并非公司给出的全年数字",
    );
    expect(amazon.statements[1]!.computedFrom).toContain("314 亿美元");
    expect(amazon.statements[2]!.computedFrom).toBeNull();
    const microsoft = paths.find((path) => path.ticker === "msft")!;
    expect(microsoft.statements[0]).toMatchObject({ usdBn: 80, origin: "statement", computedFrom: null });
    expect(microsoft.outcome!.figure).toEqual({
      value: 88.2,
      origin: "computed",
      source: "四个季度含融资租赁的资本开支相加：200 亿美元 + 226 亿美元 + 214 亿美元 + 242 亿美元",
    });
    // The company-basis outcomes that are the companies' own stay filings.
    expect(paths.find((path) => path.ticker === "meta")!.outcome!.figure.origin).toBe("filing");
    expect(amazon.outcome!.figure.origin).toBe("filing");
  });

  it("gives the 2026 plans with their April revisions, and says when a company gave no figure", () => {
    const plans = nextYearPlans(companies("zh"), ownBasis, "zh", explainer("zh"));
    const byTicker = Object.fromEntries(plans.map((plan) => [plan.ticker, plan]));
    expect(byTicker.googl).toMatchObject({
      figureGiven: true,
      first: { saidOn: "2026-02-04", usdBnLow: 175, usdBnHigh: 185 },
      revision: { saidOn: "2026-04-29", usdBnLow: 180, usdBnHigh: 190 },
    });
    expect(byTicker.meta).toMatchObject({
      first: { usdBnLow: 115, usdBnHigh: 135 },
      revision: { usdBnLow: 125, usdBnHigh: 145 },
    });
    expect(byTicker.amzn).toMatchObject({ figureGiven: true, first: { usdBn: 200 }, revision: null });
    expect(byTicker.msft).toMatchObject({
      figureGiven: false,
      period: "2026 财年（2025.7–2026.6）",
      first: { what: "2026 财年（2025.7–2026.6）增速将高于 2025 财年；未给出金额" },
    });
    expect(byTicker.aapl).toMatchObject({ figureGiven: false, first: { saidOn: null, usdBn: null } });
  });

  it("hands the charts the actuals per company and the five's total, and dates the block by the latest 10-K", () => {
    const list = companies();
    const vs = noteVsActual(list, note, consensus(list), explainer("en"));
    const actuals = chartActuals(vs);
    expect(Object.keys(actuals.byTicker)).toEqual(["msft", "googl", "amzn", "meta", "aapl"]);
    expect(actuals.byTicker.meta).toBe(69.691);
    expect(round1(actuals.totalUsdBn!)).toBe(370.2);
    expect(round1(actuals.growth! * 100)).toBe(63.3);
    expect(latestFiling(vs)).toBe("2026-02-06");
  });
});
