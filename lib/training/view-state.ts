/**
 * The Training view's state as it lives in the URL (`?scale=log&price=2.5`), without zod, so the
 * client component that updates the URL does not ship the parser. Parsing is in ./params.ts.
 */
export type ChartScale = "linear" | "log";
export type TrainingViewState = { scale: ChartScale; priceUsdPerGpuHour: number };

/** DeepSeek-V3's report prices an H800 GPU-hour at USD 2; the what-if starts there. */
export const DEFAULT_PRICE_USD = 2;
/** Anything outside 10 cents to USD 100 per GPU-hour is a typo rather than a rental price. */
export const MIN_PRICE_USD = 0.1;
export const MAX_PRICE_USD = 100;

export const DEFAULT_TRAINING_STATE: TrainingViewState = { scale: "linear", priceUsdPerGpuHour: DEFAULT_PRICE_USD };

/** Prices are kept to the cent, so a link always reopens the same figures. */
export function roundPrice(price: number): number {
  return Math.round(price * 100) / 100;
}

export function clampPrice(price: number): number {
  return Math.min(MAX_PRICE_USD, Math.max(MIN_PRICE_USD, roundPrice(price)));
}

/** The query string for a state ("" for the defaults), parameters in a fixed order. */
export function serializeTrainingQuery(state: TrainingViewState): string {
  const params = new URLSearchParams();
  if (state.scale !== DEFAULT_TRAINING_STATE.scale) params.set("scale", state.scale);
  if (state.priceUsdPerGpuHour !== DEFAULT_TRAINING_STATE.priceUsdPerGpuHour) params.set("price", String(state.priceUsdPerGpuHour));
  return params.toString();
}
