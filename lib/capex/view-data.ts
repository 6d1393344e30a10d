import "server-only";
import { cache } from "react";
import { getMessages } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { listCapexFigures } from "@/lib/db/capex";
import { getKeyFigures } from "@/lib/db/key-figures";
import { getSavedScenario } from "@/lib/db/scenarios";
import type { RawSearchParams } from "@/lib/url-state/notice";
import type enMessages from "@/messages/en.json";
import { toCapexCompanies } from "./companies";
import { parseCapexQuery } from "./params";
import { computeScenario, normalizeScenario } from "./scenario";
import { capexFileParts, type CapexViewState } from "./view-state";
import { capexScenarioInWords } from "./words";

/**
 * Everything the capex view derives from its URL: the page, its link preview (metadata) and its
 * Open Graph image all read it here, so they always describe the same scenario. Derived once per
 * request (React cache: Next hands the page and generateMetadata the same query object).
 */
export const loadCapexView = cache(async (raw: RawSearchParams, locale: AppLocale) => {
  const { state: parsed, notices } = parseCapexQuery(raw);
  const [figures, keyFigures, messages, saved] = await Promise.all([
    listCapexFigures(),
    getKeyFigures(),
    getMessages({ locale }),
    parsed.scenarioId ? getSavedScenario(parsed.scenarioId) : null,
  ]);
  if (parsed.scenarioId && !saved) notices.push({ key: "capexUnknownScenario", values: { value: parsed.scenarioId }, params: ["scenario"] });
  const total2024 = keyFigures.get("capex_total_2024");
  const growth = keyFigures.get("capex_growth_2025");
  const total2025 = keyFigures.get("capex_total_2025_implied");
  if (!total2024 || !growth || !total2025) throw new Error("The database lacks the note's capex key figures; run the seed.");

  const labels = messages.Capex as (typeof enMessages)["Capex"];
  const companies = toCapexCompanies(figures, locale);
  const state: CapexViewState = { ...normalizeScenario(parsed, companies, growth.value), scenarioId: saved ? saved.id : null };
  const outcome = computeScenario(state, companies, growth.value);
  const names = Object.fromEntries(companies.map((company) => [company.ticker, company.name]));
  return {
    state,
    notices,
    companies,
    note: { total2024UsdBn: total2024.value, growth: growth.value, total2025UsdBn: total2025.value, source: total2024.source },
    savedScenarioName: saved?.name ?? null,
    savedScenario: saved ? { id: saved.id, name: saved.name } : null,
    outcome,
    scenarioInWords: capexScenarioInWords(state, outcome, names, labels, locale),
    fileParts: capexFileParts(state),
    labels,
  };
});
