import type { Bilingual, Facts, FactsActualRow, FactsZh } from "../facts/schema";
import { REPORT_SLUG } from "../report-slug";
import { slugify } from "../slug";
import { createDataTexts, type DataTexts, type EnglishDates } from "./data-texts";
import { capexCompany, MODEL_CAVEATS } from "./seed-extras";

/**
 * Every row the seed writes, derived from facts.json and its Chinese edition without touching a
 * database: seed-database.ts writes them, data-migrations.ts compares old databases with them.
 * Rows name their company by slug; the writer resolves ids.
 */
export type AmountColumns = { usdBn: number | null; usdBnLow: number | null; usdBnHigh: number | null };

export type CompanyRow = { slug: string; nameEn: string; nameZh: string; ticker: string | null };
export type ModelRow = {
  slug: string;
  company: string;
  nameZh: string;
  nameEn: string;
  nameAsPrinted: string | null;
  region: string;
  paramsB: number | null;
  moe: boolean;
  inputs: string;
  outputs: string;
  openWeights: boolean;
  released: string;
  caveatZh: string | null;
  caveatEn: string | null;
  sourceZh: string;
  sourceEn: string;
};
export type CapexFigureRow = AmountColumns & {
  company: string;
  year: number;
  kind: "reported" | "guidance";
  basisZh: string;
  basisEn: string;
  lineZh: string | null;
  lineEn: string | null;
  measureZh: string | null;
  measureEn: string | null;
  origin: "filing" | "statement";
  sourceZh: string;
  sourceEn: string;
  saidOn: string | null;
  accession: string | null;
  filedOn: string | null;
  sourceUrl: string | null;
};
export type CompanyBasisRow = AmountColumns & {
  company: string;
  fiscalYear: number;
  kind: "plan" | "actual";
  sequence: number;
  saidOn: string | null;
  periodZh: string;
  periodEn: string;
  basisZh: string;
  basisEn: string;
  whatZh: string | null;
  whatEn: string | null;
  origin: "filing" | "statement";
  sourceZh: string;
  sourceEn: string;
  filedOn: string | null;
  sourceUrl: string | null;
};
export type KeyFigureRow = {
  key: string;
  value: number;
  unit: string;
  origin: string;
  sourceZh: string;
  sourceEn: string;
};
export type TrainingRunRow = {
  slug: string;
  model: string;
  gpu: string;
  gpuHoursMillion: number;
  clusterGpus: number | null;
  duration: string | null;
  costUsdMillion: number | null;
  sourceZh: string;
  sourceEn: string;
};

export type SeedRows = ReturnType<typeof buildSeedRows>;

/** A plan's amount: a point, a range, or nothing (the company gave no figure). */
function amounts(plan: { usd_bn?: number | null; usd_bn_low?: number; usd_bn_high?: number }): AmountColumns {
  return { usdBn: plan.usd_bn ?? null, usdBnLow: plan.usd_bn_low ?? null, usdBnHigh: plan.usd_bn_high ?? null };
}

/** "Form 10-K, accession 0000950170-25-100235" → the accession number (facts' schema checks the form). */
function accessionOf(filing: string): string {
  const accession = /accession (\S+)$/.exec(filing)?.[1];
  if (!accession) throw new Error(`facts.json: no accession number in "${filing}"`);
  return accession;
}

/** `englishDates`: "iso" gives the English texts as the seed wrote them before data migration 4. */
export function buildSeedRows(facts: Facts, zh: FactsZh, englishDates: EnglishDates = "prose") {
  const texts = createDataTexts(zh, englishDates);
  const r = facts.report;
  const capexCompanies = facts.capex_by_company.rows.map((row) => capexCompany(row.company));

  const companies = new Map<string, CompanyRow>();
  for (const row of facts.models.rows) {
    const slug = slugify(row.company_en);
    if (!companies.has(slug))
      companies.set(slug, { slug, nameEn: row.company_en, nameZh: row.company_zh, ticker: null });
  }
  for (const company of capexCompanies) {
    const slug = slugify(company.nameEn);
    companies.set(slug, {
      slug,
      nameEn: company.nameEn,
      nameZh: companies.get(slug)?.nameZh ?? company.nameZh,
      ticker: company.ticker,
    });
  }

  const models = facts.models.rows.map((row): ModelRow => {
    const nameEn = row.model_en ?? row.model;
    const slug = slugify(nameEn);
    const caveat = MODEL_CAVEATS[slug];
    return {
      slug,
      company: slugify(row.company_en),
      nameZh: row.model,
      nameEn,
      nameAsPrinted: row.model_as_printed ?? null,
      region: row.region,
      paramsB: row.params_b,
      moe: row.moe,
      inputs: row.input.join(","),
      outputs: row.output.join(","),
      openWeights: row.open,
      released: row.released,
      caveatZh: caveat?.zh ?? null,
      caveatEn: caveat?.en ?? null,
      sourceZh: texts.display.modelsSource.zh,
      sourceEn: texts.display.modelsSource.en,
    };
  });

  return {
    report: {
      slug: REPORT_SLUG,
      titleZh: r.title.zh,
      titleEn: r.title.en,
      publisherZh: r.publisher.zh,
      publisherEn: r.publisher.en,
      published: r.published,
      regionZh: r.region.zh,
      regionEn: r.region.en,
      typeZh: r.type.zh,
      typeEn: r.type.en,
      sectorZh: r.sector.zh,
      sectorEn: r.sector.en,
      ratingZh: r.rating.zh,
      ratingEn: r.rating.en,
      eventDate: r.event.date,
    },
    analysts: r.analysts.map((a, position) => ({
      position,
      nameZh: a.name_zh,
      nameEn: a.name_en,
      role: a.role,
      sac: a.sac,
      sfc: a.sfc,
    })),
    companies: [...companies.values()],
    models,
    capexFigures: [...reportedFigures(facts, texts), ...guidanceFigures(facts, texts)],
    companyBasis: [...companyBasisActuals(facts, texts), ...plans2025(facts, texts), ...plans2026(facts, texts)],
    keyFigures: keyFigures(facts, texts),
    trainingRuns: trainingRuns(facts, texts),
  };
}

/** Like-for-like: each company's cash-flow line for fiscal 2024 (filings) and fiscal 2025 (10-Ks). */
function reportedFigures(facts: Facts, texts: DataTexts): CapexFigureRow[] {
  const reported = (
    company: string,
    year: number,
    usdBn: number,
    fiscalYear: string,
    lineEn: string,
    source: Bilingual,
    filing: FactsActualRow | null,
  ): CapexFigureRow => {
    const line = texts.translate(lineEn);
    const basis = texts.translate(fiscalYear);
    return {
      company: slugify(capexCompany(company).nameEn),
      year,
      kind: "reported",
      usdBn,
      usdBnLow: null,
      usdBnHigh: null,
      basisZh: basis.zh,
      basisEn: basis.en,
      lineZh: line.zh,
      lineEn: line.en,
      measureZh: null,
      measureEn: null,
      origin: "filing",
      sourceZh: source.zh,
      sourceEn: source.en,
      saidOn: null,
      accession: filing ? accessionOf(filing.filing) : null,
      filedOn: filing?.filed ?? null,
      sourceUrl: filing?.source_url ?? null,
    };
  };
  return [
    ...facts.capex_by_company.rows.map((row) =>
      reported(
        row.company,
        2024,
        row.capex_2024,
        row.fiscal_year,
        row.line,
        texts.annualReportSource(capexCompany(row.company), texts.translate(row.line)),
        null,
      ),
    ),
    ...facts.capex_actual_2025.rows.map((row) =>
      reported(
        row.company,
        2025,
        row.capex_2025,
        row.fiscal_year,
        row.line,
        texts.tenKSource(
          capexCompany(row.company),
          { accession: accessionOf(row.filing), filedOn: row.filed },
          texts.translate(row.line),
        ),
        row,
      ),
    ),
  ];
}

/** The 2025 plans as stated around the note's date: the guidance preset's input. */
function guidanceFigures(facts: Facts, texts: DataTexts): CapexFigureRow[] {
  return facts.capex_guidance_2025.rows.map((row) => {
    const company = capexCompany(row.company);
    const what = texts.translate(row.what);
    const period = texts.translate(row.period);
    const measure = texts.companyBasis(row.company).guidanceMeasure;
    const source = texts.statementSource(company, row.said, what);
    return {
      company: slugify(company.nameEn),
      year: 2025,
      kind: "guidance",
      ...amounts(row),
      basisZh: period.zh,
      basisEn: period.en,
      lineZh: what.zh,
      lineEn: what.en,
      measureZh: measure?.zh ?? null,
      measureEn: measure?.en ?? null,
      origin: "statement",
      sourceZh: source.zh,
      sourceEn: source.en,
      saidOn: row.said,
      accession: null,
      filedOn: null,
      sourceUrl: null,
    };
  });
}

function actualRowOf(facts: Facts, company: string): FactsActualRow {
  const row = facts.capex_actual_2025.rows.find((candidate) => candidate.company === company);
  if (!row) throw new Error(`facts.json: capex_actual_2025 has no row for ${company}`);
  return row;
}

/**
 * What companies reported on their own basis: the 2025 outcome of each plan path that is not the
 * like-for-like line (Microsoft 88.2, Amazon 128.32, Meta 72.215), and a prior year the company
 * gave on that basis (Meta's "2024: 39.225"). Each amount is facts.json's own; its `also` text,
 * which states the amount, is the source.
 */
function companyBasisActuals(facts: Facts, texts: DataTexts): CompanyBasisRow[] {
  const rows: CompanyBasisRow[] = [];
  for (const path of facts.capex_guidance_path_2025.rows) {
    const actual = actualRowOf(facts, path.company);
    if (path.outcome.usd_bn === actual.capex_2025) continue; // the plans were on the like-for-like line itself
    if (!actual.also)
      throw new Error(
        `facts.json: ${path.company}'s own-basis outcome ${path.outcome.usd_bn} has no "also" text saying what it is`,
      );
    const source = texts.translate(actual.also);
    const basis = texts.translate(path.outcome.basis);
    const period2025 = texts.translate(actual.fiscal_year);
    const base = {
      company: slugify(capexCompany(path.company).nameEn),
      kind: "actual" as const,
      sequence: 1,
      saidOn: null,
      usdBnLow: null,
      usdBnHigh: null,
      basisZh: basis.zh,
      basisEn: basis.en,
      whatZh: null,
      whatEn: null,
      origin: "filing" as const,
      sourceZh: source.zh,
      sourceEn: source.en,
      filedOn: actual.filed,
      // The own-basis amount is the results release's where facts.json names one (Meta's 72.215).
      sourceUrl: actual.results_release_url ?? actual.source_url,
    };
    rows.push({
      ...base,
      fiscalYear: 2025,
      usdBn: path.outcome.usd_bn,
      periodZh: period2025.zh,
      periodEn: period2025.en,
    });
    const prior = /\((\d{4}): (\d+(?:\.\d+)?)\)/.exec(actual.also);
    if (prior) {
      const priorYear = Number(prior[1]);
      const priorRow = facts.capex_by_company.rows.find((row) => row.company === path.company);
      const period =
        priorYear === 2024 && priorRow ? texts.translate(priorRow.fiscal_year) : texts.translate(String(priorYear));
      rows.push({ ...base, fiscalYear: priorYear, usdBn: Number(prior[2]), periodZh: period.zh, periodEn: period.en });
    }
  }
  return rows;
}

/** Each company's 2025 plan as it moved through 2025, in the order it was said. */
function plans2025(facts: Facts, texts: DataTexts): CompanyBasisRow[] {
  return facts.capex_guidance_path_2025.rows.flatMap((path) => {
    const company = capexCompany(path.company);
    const period = texts.translate(actualRowOf(facts, path.company).fiscal_year);
    const basis = texts.companyBasis(path.company).plans;
    return path.steps.map((step, index) => planRow(texts, company, 2025, index + 1, step, period, basis));
  });
}

/** The first 2026 plans and their April 2026 revisions (sequence 1 and 2). */
function plans2026(facts: Facts, texts: DataTexts): CompanyBasisRow[] {
  return facts.capex_guidance_2026.rows.flatMap((row) => {
    const company = capexCompany(row.company);
    const { plans: basis, period2026: period } = texts.companyBasis(row.company);
    const first = planRow(texts, company, 2026, 1, row, period, basis);
    return row.revised ? [first, planRow(texts, company, 2026, 2, row.revised, period, basis)] : [first];
  });
}

function planRow(
  texts: DataTexts,
  company: { nameEn: string; nameZh: string },
  fiscalYear: number,
  sequence: number,
  plan: { said: string | null; what?: string; usd_bn?: number | null; usd_bn_low?: number; usd_bn_high?: number },
  period: Bilingual,
  basis: Bilingual,
): CompanyBasisRow {
  const what = plan.what === undefined ? null : texts.translate(plan.what);
  const source = texts.statementSource(company, plan.said, what);
  return {
    company: slugify(company.nameEn),
    fiscalYear,
    kind: "plan",
    sequence,
    saidOn: plan.said,
    ...amounts(plan),
    periodZh: period.zh,
    periodEn: period.en,
    basisZh: basis.zh,
    basisEn: basis.en,
    whatZh: what?.zh ?? null,
    whatEn: what?.en ?? null,
    origin: "statement",
    sourceZh: source.zh,
    sourceEn: source.en,
    filedOn: null,
    sourceUrl: null,
  };
}

function keyFigures(facts: Facts, texts: DataTexts): KeyFigureRow[] {
  const r = facts.report;
  const tc = r.training_cost;
  const capexBasis = texts.translate(r.capex.basis);
  const v3 = texts.translate(tc.deepseek_v3.source);
  const llama = texts.translate(tc.llama3_series.source);
  const stargate = texts.stargateSource(r.stargate.announced, texts.translate(r.stargate.note));
  const figure = (key: string, value: number, unit: string, origin: string, source: Bilingual): KeyFigureRow => ({
    key,
    value,
    unit,
    origin,
    sourceZh: source.zh,
    sourceEn: source.en,
  });
  return [
    figure("capex_total_2024", r.capex.total_2024_usd_bn, "usd_bn", "note", capexBasis),
    figure("capex_growth_2025", r.capex.growth_2025_consensus, "ratio", "note", capexBasis),
    figure("capex_total_2025_implied", r.capex.implied_total_2025_usd_bn, "usd_bn", "note", capexBasis),
    figure("v3_gpu_hours", tc.deepseek_v3.gpu_hours_million, "gpu_hours_m", "note", v3),
    figure("llama3_gpu_hours", tc.llama3_series.gpu_hours_million, "gpu_hours_m", "note", llama),
    figure("v3_cost", tc.deepseek_v3.cost_usd_million, "usd_m", "note", v3),
    figure("training_ratio_stated", tc.ratio_stated, "ratio", "note", texts.display.trainingRatioStatedSource),
    figure("training_ratio_computed", tc.ratio_computed, "ratio", "note", texts.display.trainingRatioComputedSource),
    figure("stargate_usd_bn", 500, "usd_bn", "statement", stargate),
    figure("stargate_initial_usd_bn", 100, "usd_bn", "statement", stargate),
  ];
}

function trainingRuns(facts: Facts, texts: DataTexts): TrainingRunRow[] {
  const tc = facts.report.training_cost;
  const v3 = texts.translate(tc.deepseek_v3.source);
  const llama = texts.translate(tc.llama3_series.source);
  return [
    {
      slug: "deepseek-v3",
      model: "DeepSeek-V3",
      gpu: tc.deepseek_v3.gpu,
      gpuHoursMillion: tc.deepseek_v3.gpu_hours_million,
      clusterGpus: tc.deepseek_v3.cluster_gpus,
      duration: tc.deepseek_v3.duration,
      costUsdMillion: tc.deepseek_v3.cost_usd_million,
      sourceZh: v3.zh,
      sourceEn: v3.en,
    },
    {
      slug: "llama-3",
      model: "Llama 3",
      gpu: tc.llama3_series.gpu,
      gpuHoursMillion: tc.llama3_series.gpu_hours_million,
      clusterGpus: null,
      duration: null,
      costUsdMillion: null,
      sourceZh: llama.zh,
      sourceEn: llama.en,
    },
  ];
}
