import type { Messages } from "next-intl";

import type { AppLocale } from "@/i18n/routing";
import { originOf, scenarioTotalId } from "@/lib/figures/capex-table";
import type { Figure } from "@/lib/figures/origin";
import { formatPercent, formatUsdBn } from "@/lib/format";
import { fillTemplate } from "@/lib/template";
import type { FigureOrigin } from "@/lib/vocabulary";

import type { CapexScenarioOutcome, CompanyOutcome } from "./scenario";

/**
 * Where each figure the capex view shows comes from, and in words what a derived one was derived
 * from. The note gives one combined figure (2024's 225.3 bn and +19.6% for the five together); the
 * per-company 2024 bases are filings; everything the scenario makes of them is the app's: a sum of
 * filings is `computed`, a growth the preset or the user assumes (and what rests on it) is `scenario`.
 */
export type OriginatedFigure = { origin: FigureOrigin; source: string };

/** The "Capex" messages the origin texts are made of (templates with {placeholders}). */
export type CapexOriginLabels = Pick<
  Messages["Capex"],
  | "originNoteTotal"
  | "originNoteTotal2025"
  | "originFilingsTotal"
  | "originScenarioTotal"
  | "originConsensusTotal"
  | "originActualTotal"
  | "originGrowth_consensus"
  | "originGrowth_actual"
  | "originGrowth_flat"
  | "originGrowth_override"
>;

type NoteFigures = { total2024UsdBn: number; growth: number; source: string };

/**
 * The note's headline: its 2024 total and growth are the note's; the 2025 total it implies is computed
 * (the note states the growth, not the 2025 amount).
 */
export function noteHeadlineOrigins(
  note: NoteFigures,
  labels: CapexOriginLabels,
  locale: AppLocale,
): Record<"total2024" | "growth" | "total2025", OriginatedFigure> {
  const noteFigure: OriginatedFigure = {
    origin: originOf("note.total2024"),
    source: fillTemplate(labels.originNoteTotal, { source: note.source }),
  };
  return {
    total2024: noteFigure,
    growth: noteFigure,
    total2025: {
      origin: originOf("note.total2025"),
      source: fillTemplate(labels.originNoteTotal2025, {
        noteTotal: formatUsdBn(note.total2024UsdBn, locale),
        growth: formatPercent(note.growth, locale),
      }),
    },
  };
}

/**
 * The scenario headline: its 2024 total is the sum of the five filings (computed); its 2025 total is
 * the figure table's (lib/figures/capex-table.ts): the consensus preset's is the filings grown by
 * the note's rate and the Actual 2025 preset's the sum of the 10-K figures, both computed; any other
 * rests on assumed growth rates (scenario). Never the filings' badge.
 */
export function scenarioHeadlineOrigins(
  labels: CapexOriginLabels,
  preset: CapexScenarioOutcome["preset"],
): Record<"total2024" | "growth" | "total2025", OriginatedFigure> & { headline: OriginatedFigure } {
  const id = scenarioTotalId(preset);
  const source =
    id === "filings.consensus2025"
      ? labels.originConsensusTotal
      : id === "actuals.total2025"
        ? labels.originActualTotal
        : labels.originScenarioTotal;
  const total: OriginatedFigure = { origin: originOf(id), source };
  return {
    headline: total,
    total2024: { origin: originOf("filings.total2024"), source: labels.originFilingsTotal },
    growth: total,
    total2025: total,
  };
}

/**
 * A company's 2025 growth (and the 2025 value it gives) by where the growth comes from. Under the
 * consensus preset it is the note's combined +19.6% assumed for each company (the note has no
 * per-company figure), so a scenario assumption, not the note's; under guidance it is the figure
 * lib/capex/guidance.ts computes from the company's statement, saying what the plan is compared with
 * (Meta's 62.5 with its 39.225 on the same basis); flat and the user's inputs are assumptions.
 */
export function companyGrowthOrigin(
  company: Pick<CompanyOutcome, "growthFrom">,
  context: { consensusGrowth: number; guidanceGrowth: Figure | null },
  labels: CapexOriginLabels,
  locale: AppLocale,
): OriginatedFigure {
  const consensus = (): OriginatedFigure => ({
    origin: "scenario",
    source: fillTemplate(labels.originGrowth_consensus, {
      growth: formatPercent(context.consensusGrowth, locale, { signed: true }),
    }),
  });
  switch (company.growthFrom) {
    case "consensus":
      return consensus();
    case "guidance":
      // The scenario only takes growth from guidance where a plan figure exists, so the figure is there.
      return context.guidanceGrowth
        ? { origin: context.guidanceGrowth.origin, source: context.guidanceGrowth.source }
        : consensus();
    case "actual":
      return { origin: "computed", source: labels.originGrowth_actual };
    case "flat":
      return { origin: "scenario", source: labels.originGrowth_flat };
    case "override":
      return { origin: "scenario", source: labels.originGrowth_override };
  }
}

/** Every shown figure's origin for one scenario outcome: the headline, each company's 2024 base, growth and 2025 value. */
export function capexFigureOrigins(
  outcome: CapexScenarioOutcome,
  companies: { ticker: string; reportedSource: string; guidanceGrowth: Figure | null }[],
  note: NoteFigures,
  labels: CapexOriginLabels,
  locale: AppLocale,
) {
  return {
    note: noteHeadlineOrigins(note, labels, locale),
    scenario: scenarioHeadlineOrigins(labels, outcome.preset),
    companies: outcome.companies.map((company) => {
      const info = companies.find((candidate) => candidate.ticker === company.ticker);
      const growth = companyGrowthOrigin(
        company,
        { consensusGrowth: note.growth, guidanceGrowth: info?.guidanceGrowth ?? null },
        labels,
        locale,
      );
      return {
        ticker: company.ticker,
        base2024: { origin: "filing", source: info?.reportedSource ?? "" } satisfies OriginatedFigure,
        growth,
        value2025: growth,
      };
    }),
  };
}
