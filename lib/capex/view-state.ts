import { createParser, createSerializer, type inferParserType } from "nuqs/server";

import { inParamOrder, VIEW_PARAM_ORDER } from "@/lib/url-state/param-order";
import { isSavedScenarioId } from "@/lib/url-state/scenario-id";
import { CAPEX_PRESETS, CAPEX_TICKERS, type CapexPreset, type CapexTicker } from "@/lib/vocabulary";

import { clampGrowthPercent, roundGrowthPercent, type CapexScenarioState } from "./scenario";

/** The after-the-note sections a link can open at (`section=`): note vs actual, the 2025 plans' path, the 2026 plans. */
export const CAPEX_SECTIONS = ["vs-actual", "plans", "plans-2026"] as const;
export type CapexSection = (typeof CAPEX_SECTIONS)[number];

export function isCapexSection(value: string): value is CapexSection {
  return (CAPEX_SECTIONS as readonly string[]).includes(value);
}

/**
 * The capex view's deep link: `preset` (one of CAPEX_PRESETS; default consensus) is the base,
 * `msft`, `googl`, `amzn`, `meta`, `aapl` override a company's 2025 growth in percent (then the view
 * shows the preset as "custom"), `scenario` names the saved scenario the link came from, and `section`
 * the after-the-note section the page opens at (and the chart an embed or link preview shows).
 * `preset=custom` is accepted as the consensus base, since "custom" is what the view displays.
 *
 * Two parsers read it: params.ts (zod, on the server, with a notice for every value it rejects or
 * changes) and the nuqs parsers below (in the browser, for the inputs), which give the same state for
 * the same query (a property test checks). This module stays free of zod because the client bundles it.
 */
export type CapexViewState = CapexScenarioState & { scenarioId: string | null; section: CapexSection | null };

export const DEFAULT_CAPEX_VIEW: CapexViewState = {
  preset: "consensus",
  overrides: {},
  scenarioId: null,
  section: null,
};

/** The parameters in their documented order: preset, the companies in display order, scenario. */
export const CAPEX_PARAM_NAMES = VIEW_PARAM_ORDER.capex;

/** A growth in percent as links write it: optional sign, digits, optional decimals (no exponent). */
export const GROWTH_PATTERN = /^[+-]?\d+(\.\d+)?$/;

/** A link's growth as the view applies it: within the allowed range, one decimal; null if not a percentage. */
function growthFromUrl(value: string): number | null {
  const trimmed = value.trim();
  if (!GROWTH_PATTERN.test(trimmed)) return null;
  const percent = Number(trimmed);
  return Number.isFinite(percent) ? roundGrowthPercent(clampGrowthPercent(percent)) : null;
}

/** A link's preset, "custom" read as the consensus base; null if unknown. */
function presetFromUrl(value: string): CapexPreset | null {
  if (value === "custom") return "consensus";
  return (CAPEX_PRESETS as readonly string[]).includes(value) ? (value as CapexPreset) : null;
}

const growthParser = createParser<number>({ parse: growthFromUrl, serialize: String });

/** The nuqs parsers of the capex query, keyed by parameter name. */
export const capexUrlParsers = {
  // The preset is always written, so every capex link names its base.
  preset: createParser<CapexPreset>({ parse: presetFromUrl, serialize: String })
    .withDefault(DEFAULT_CAPEX_VIEW.preset)
    .withOptions({ clearOnDefault: false }),
  ...(Object.fromEntries(CAPEX_TICKERS.map((ticker) => [ticker, growthParser])) as Record<
    CapexTicker,
    typeof growthParser
  >),
  scenario: createParser<string>({ parse: (value) => (isSavedScenarioId(value) ? value : null), serialize: String }),
  section: createParser<CapexSection>({ parse: (value) => (isCapexSection(value) ? value : null), serialize: String }),
};

export type CapexUrlValues = inferParserType<typeof capexUrlParsers>;

export function capexStateFromUrl(values: CapexUrlValues): CapexViewState {
  const overrides: CapexViewState["overrides"] = {};
  for (const ticker of CAPEX_TICKERS) {
    const value = values[ticker];
    if (value !== null) overrides[ticker] = value;
  }
  return { preset: values.preset, overrides, scenarioId: values.scenario, section: values.section };
}

/** Every capex parameter's value for a state (null = not in the URL), so writing it replaces the whole query. */
export function capexUrlValues(state: CapexViewState): CapexUrlValues {
  return {
    preset: state.preset,
    ...(Object.fromEntries(CAPEX_TICKERS.map((ticker) => [ticker, state.overrides[ticker] ?? null])) as Record<
      CapexTicker,
      number | null
    >),
    scenario: state.scenarioId,
    section: state.section,
  };
}

const serializeCapexUrl = createSerializer(capexUrlParsers, {
  processUrlSearchParams: (search) => inParamOrder(search, CAPEX_PARAM_NAMES),
});

/** The query string (without "?") of a view state, as the address bar shows it: preset first, then overrides in company order. */
export function serializeCapexQuery(state: CapexViewState): string {
  return serializeCapexUrl(capexUrlValues(state)).replace(/^\?/, "");
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
