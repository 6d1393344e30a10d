import { z } from "zod";

import type { UrlNotice } from "@/lib/url-state/notice";
import { isSavedScenarioId } from "@/lib/url-state/scenario-id";
import { firstValue, type RawSearchParams } from "@/lib/url-state/search-params";
import { CAPEX_PRESETS, CAPEX_TICKERS } from "@/lib/vocabulary";

import { clampGrowthPercent, GROWTH_MAX_PERCENT, GROWTH_MIN_PERCENT, roundGrowthPercent } from "./scenario";
import { DEFAULT_CAPEX_VIEW, GROWTH_PATTERN, isCapexSection, type CapexViewState } from "./view-state";

export { capexFileParts, DEFAULT_CAPEX_VIEW, serializeCapexQuery, type CapexViewState } from "./view-state";

const presetSchema = z.enum([...CAPEX_PRESETS, "custom"]);
const growthSchema = z.string().trim().regex(GROWTH_PATTERN).transform(Number).pipe(z.number().finite());

/** Parses the capex deep link (see view-state.ts for the names); never throws: defaults plus notices. */
export function parseCapexQuery(raw: RawSearchParams): { state: CapexViewState; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];

  let preset: CapexViewState["preset"] = DEFAULT_CAPEX_VIEW.preset;
  const rawPreset = firstValue(raw.preset);
  if (rawPreset !== undefined) {
    const parsed = presetSchema.safeParse(rawPreset);
    if (parsed.success) preset = parsed.data === "custom" ? "consensus" : parsed.data;
    else notices.push({ key: "capexUnknownPreset", values: { value: rawPreset }, params: ["preset"] });
  }

  const overrides: CapexViewState["overrides"] = {};
  for (const ticker of CAPEX_TICKERS) {
    const rawGrowth = firstValue(raw[ticker]);
    if (rawGrowth === undefined || rawGrowth === "") continue;
    const parsed = growthSchema.safeParse(rawGrowth);
    if (!parsed.success) {
      notices.push({ key: "capexInvalidGrowth", values: { param: ticker, value: rawGrowth }, params: [ticker] });
      continue;
    }
    const clamped = clampGrowthPercent(parsed.data);
    if (clamped !== parsed.data) {
      notices.push({
        key: "capexClampedGrowth",
        values: { param: ticker, value: rawGrowth, min: GROWTH_MIN_PERCENT, max: GROWTH_MAX_PERCENT, clamped },
        params: [ticker],
      });
    }
    overrides[ticker] = roundGrowthPercent(clamped);
  }

  let scenarioId: string | null = null;
  const rawScenario = firstValue(raw.scenario);
  if (rawScenario !== undefined) {
    if (isSavedScenarioId(rawScenario)) scenarioId = rawScenario;
    else notices.push({ key: "capexUnknownScenario", values: { value: rawScenario }, params: ["scenario"] });
  }

  let section: CapexViewState["section"] = null;
  const rawSection = firstValue(raw.section);
  if (rawSection !== undefined) {
    if (isCapexSection(rawSection)) section = rawSection;
    else notices.push({ key: "capexUnknownSection", values: { value: rawSection }, params: ["section"] });
  }

  return { state: { preset, overrides, scenarioId, section }, notices };
}
