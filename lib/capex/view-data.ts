import "server-only";

import { getMessages } from "next-intl/server";
import { cache } from "react";

import type { AppLocale } from "@/i18n/routing";
import { resolveDataVersion } from "@/lib/db/pinned-data";
import { getSavedScenario } from "@/lib/db/scenarios";
import { DATA_VERSION_PARAM, parseDataVersionParam } from "@/lib/url-state/data-version";
import type { RawSearchParams } from "@/lib/url-state/search-params";
import type enMessages from "@/messages/en.json";

import { chartActuals } from "./after-note";
import { loadAfterNote } from "./after-note-data";
import { parseCapexQuery } from "./params";
import { planBases, planBasisTexts } from "./plan-bases";
import { computeScenario, normalizeScenario } from "./scenario";
import { capexFileParts, type CapexViewState } from "./view-state";
import { capexScenarioInWords } from "./words";

/**
 * Everything the capex view derives from its URL: the page, its link preview (metadata) and its
 * Open Graph image all read it here, so they always describe the same scenario. Derived once per
 * request (React cache: Next hands the page and generateMetadata the same query object). `afterNote`
 * is what happened after the note (actuals, note vs actual, the plans' path, 2026 plans). A link with
 * `v=` shows the figures of that data version; an unknown version shows the current ones, with a notice.
 */
export const loadCapexView = cache(async (raw: RawSearchParams, locale: AppLocale) => {
  const { state: parsed, notices } = parseCapexQuery(raw);
  const requested = parseDataVersionParam(raw);
  notices.push(...requested.notices);
  const pin = await resolveDataVersion(requested.version, "capex");
  if (pin.unknown !== null)
    notices.push({ key: "dataVersionUnknown", values: { value: pin.unknown }, params: [DATA_VERSION_PARAM] });
  const [afterNote, messages, saved] = await Promise.all([
    loadAfterNote(locale, pin.pinned?.version ?? null),
    getMessages({ locale }),
    parsed.scenarioId ? getSavedScenario(parsed.scenarioId) : null,
  ]);
  if (parsed.scenarioId && !saved)
    notices.push({ key: "capexUnknownScenario", values: { value: parsed.scenarioId }, params: ["scenario"] });
  const { note, companies } = afterNote;

  const labels = messages.Capex as (typeof enMessages)["Capex"];
  const afterNoteLabels = messages.AfterNote as (typeof enMessages)["AfterNote"];
  const state: CapexViewState = {
    ...normalizeScenario(parsed, companies, note.growth),
    scenarioId: saved ? saved.id : null,
    section: parsed.section,
  };
  const outcome = computeScenario(state, companies, note.growth);
  const names = Object.fromEntries(companies.map((company) => [company.ticker, company.name]));
  const actuals = chartActuals(afterNote.noteVsActual, afterNote.planPaths);
  return {
    state,
    notices,
    /** The data version the view shows (pinned) or would be pinned to (current), lib/db/pinned-data.ts. */
    pin,
    companies,
    note,
    savedScenarioName: saved?.name ?? null,
    savedScenario: saved ? { id: saved.id, name: saved.name } : null,
    outcome,
    scenarioInWords: capexScenarioInWords(state, outcome, names, labels, locale),
    fileParts: capexFileParts(state),
    labels,
    afterNoteLabels,
    afterNote,
    actuals,
    bases: planBasisTexts(planBases(outcome, companies, actuals.onPlanBasis), labels, locale, note.growth),
  };
});
