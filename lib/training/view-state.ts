import { createParser, createSerializer, type inferParserType } from "nuqs/server";

import { inParamOrder, VIEW_PARAM_ORDER } from "@/lib/url-state/param-order";

/**
 * The Training view's state as it lives in the URL (`?scale=log&price=2.5`), without zod, so the
 * client component that updates the URL does not ship the parser. Two parsers read it: params.ts
 * (zod, on the server, with notices) and the nuqs parsers below (in the browser), which give the
 * same state for the same query (a property test checks).
 */
export type ChartScale = "linear" | "log";
export type TrainingViewState = { scale: ChartScale; priceUsdPerGpuHour: number };

export const CHART_SCALES = ["linear", "log"] as const satisfies readonly ChartScale[];

/** DeepSeek-V3's report prices an H800 GPU-hour at USD 2; the what-if starts there. */
export const DEFAULT_PRICE_USD = 2;
/** Anything outside 10 cents to USD 100 per GPU-hour is a typo rather than a rental price. */
export const MIN_PRICE_USD = 0.1;
export const MAX_PRICE_USD = 100;

export const DEFAULT_TRAINING_STATE: TrainingViewState = { scale: "linear", priceUsdPerGpuHour: DEFAULT_PRICE_USD };

export const TRAINING_PARAM_NAMES = VIEW_PARAM_ORDER.training;

/** Prices are kept to the cent, so a link always reopens the same figures. */
export function roundPrice(price: number): number {
  return Math.round(price * 100) / 100;
}

export function clampPrice(price: number): number {
  return Math.min(MAX_PRICE_USD, Math.max(MIN_PRICE_USD, roundPrice(price)));
}

/** The nuqs parsers of the training query; `price` is state.priceUsdPerGpuHour. Defaults are left out of the URL. */
export const trainingUrlParsers = {
  scale: createParser<ChartScale>({
    parse: (value) => ((CHART_SCALES as readonly string[]).includes(value) ? (value as ChartScale) : null),
    serialize: String,
  }).withDefault(DEFAULT_TRAINING_STATE.scale),
  price: createParser<number>({
    parse: (value) => {
      const price = Number(value);
      return value.trim() === "" || !Number.isFinite(price) ? null : clampPrice(price);
    },
    serialize: String,
  }).withDefault(DEFAULT_TRAINING_STATE.priceUsdPerGpuHour),
};

export type TrainingUrlValues = inferParserType<typeof trainingUrlParsers>;

export function trainingStateFromUrl(values: TrainingUrlValues): TrainingViewState {
  return { scale: values.scale, priceUsdPerGpuHour: values.price };
}

export function trainingUrlValues(state: TrainingViewState): TrainingUrlValues {
  return { scale: state.scale, price: state.priceUsdPerGpuHour };
}

const serializeTrainingUrl = createSerializer(trainingUrlParsers, {
  processUrlSearchParams: (search) => inParamOrder(search, TRAINING_PARAM_NAMES),
});

/** The query string for a state ("" for the defaults), parameters in a fixed order. */
export function serializeTrainingQuery(state: TrainingViewState): string {
  return serializeTrainingUrl(trainingUrlValues(state)).replace(/^\?/, "");
}
