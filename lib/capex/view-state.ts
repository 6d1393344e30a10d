import { CAPEX_TICKERS, type CapexScenarioState } from "./scenario";

/**
 * The capex view's deep link: `preset` (consensus | guidance | flat; default consensus) is the base,
 * `msft`, `googl`, `amzn`, `meta`, `aapl` override a company's 2025 growth in percent (then the view
 * shows the preset as "custom"), and `scenario` names the saved scenario the link came from.
 * `preset=custom` is accepted as the consensus base, since "custom" is what the view displays.
 * Parsing (zod) lives in params.ts; this module stays free of zod because the client bundles it.
 */
export type CapexViewState = CapexScenarioState & { scenarioId: string | null };

export const DEFAULT_CAPEX_VIEW: CapexViewState = { preset: "consensus", overrides: {}, scenarioId: null };

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
