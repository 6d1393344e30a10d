import { z } from "zod";
import { firstValue, type RawSearchParams, type UrlNotice } from "@/lib/url-state/notice";
import {
  CAPEX_PRESETS,
  CAPEX_TICKERS,
  clampGrowthPercent,
  roundGrowthPercent,
  GROWTH_MAX_PERCENT,
  GROWTH_MIN_PERCENT,
  type CapexScenarioState,
} from "./scenario";
import { isSavedScenarioId } from "./scenario-id";

/**
 * The capex view's deep link: `preset` (consensus | guidance | flat; default consensus) is the base,
 * `msft`, `googl`, `amzn`, `meta`, `aapl` override a company's 2025 growth in percent (then the view
 * shows the preset as "custom"), and `scenario` names the saved scenario the link came from.
 * `preset=custom` is accepted as the consensus base, since "custom" is what the view displays.
 */
export type CapexViewState = CapexScenarioState & { scenarioId: string | null };

export const DEFAULT_CAPEX_VIEW: CapexViewState = { preset: "consensus", overrides: {}, scenarioId: null };

const presetSchema = z.enum([...CAPEX_PRESETS, "custom"]);
const growthSchema = z
  .string()
  .trim()
  .regex(/^[+-]?\d+(\.\d+)?$/)
  .transform(Number)
  .pipe(z.number().finite());

export function parseCapexQuery(raw: RawSearchParams): { state: CapexViewState; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];

  let preset: CapexViewState["preset"] = DEFAULT_CAPEX_VIEW.preset;
  const rawPreset = firstValue(raw.preset);
  if (rawPreset !== undefined) {
    const parsed = presetSchema.safeParse(rawPreset);
    if (parsed.success) preset = parsed.data === "custom" ? "consensus" : parsed.data;
    else notices.push({ key: "capexUnknownPreset", values: { value: rawPreset } });
  }

  const overrides: CapexViewState["overrides"] = {};
  for (const ticker of CAPEX_TICKERS) {
    const rawGrowth = firstValue(raw[ticker]);
    if (rawGrowth === undefined || rawGrowth === "") continue;
    const parsed = growthSchema.safeParse(rawGrowth);
    if (!parsed.success) {
      notices.push({ key: "capexInvalidGrowth", values: { param: ticker, value: rawGrowth } });
      continue;
    }
    const clamped = clampGrowthPercent(parsed.data);
    if (clamped !== parsed.data) {
      notices.push({ key: "capexClampedGrowth", values: { param: ticker, value: rawGrowth, min: GROWTH_MIN_PERCENT, max: GROWTH_MAX_PERCENT, clamped } });
    }
    overrides[ticker] = roundGrowthPercent(clamped);
  }

  let scenarioId: string | null = null;
  const rawScenario = firstValue(raw.scenario);
  if (rawScenario !== undefined) {
    if (isSavedScenarioId(rawScenario)) scenarioId = rawScenario;
    else notices.push({ key: "capexUnknownScenario", values: { value: rawScenario } });
  }

  return { state: { preset, overrides, scenarioId }, notices };
}

/** The query string (without "?") of a view state: preset first, then overrides in company order. */
export function serializeCapexQuery(state: CapexViewState): string {
  const params = new URLSearchParams({ preset: state.preset });
  for (const ticker of CAPEX_TICKERS) {
    const value = state.overrides[ticker];
    if (value !== undefined) params.set(ticker, String(value));
  }
  if (state.scenarioId) params.set("scenario", state.scenarioId);
  return params.toString();
}

/** The state's parts for export file names: ["guidance", "aapl10"], ["consensus", "msft-12p5"]. */
export function capexFileParts(state: CapexScenarioState): string[] {
  return [
    state.preset,
    ...CAPEX_TICKERS.flatMap((ticker) => {
      const value = state.overrides[ticker];
      return value === undefined ? [] : [`${ticker}${String(value).replace(".", "p")}`];
    }),
  ];
}
