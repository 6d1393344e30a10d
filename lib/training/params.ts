import { z } from "zod";

import type { UrlNotice } from "@/lib/url-state/notice";
import { firstValue, type RawSearchParams } from "@/lib/url-state/search-params";

import {
  CHART_SCALES,
  clampPrice,
  DEFAULT_PRICE_USD,
  DEFAULT_TRAINING_STATE,
  MAX_PRICE_USD,
  MIN_PRICE_USD,
  roundPrice,
  type TrainingViewState,
} from "./view-state";

export * from "./view-state";

const scaleSchema = z.enum(CHART_SCALES);
const priceSchema = z.coerce.number().refine(Number.isFinite);

/** Reads the view state from the query; never throws: a bad value gives the default and a notice. */
export function parseTrainingQuery(query: RawSearchParams): { state: TrainingViewState; notices: UrlNotice[] } {
  const notices: UrlNotice[] = [];
  const state = { ...DEFAULT_TRAINING_STATE };

  const rawScale = firstValue(query.scale);
  if (rawScale !== undefined) {
    const scale = scaleSchema.safeParse(rawScale);
    if (scale.success) state.scale = scale.data;
    else notices.push({ key: "trainingScaleInvalid", values: { value: rawScale }, params: ["scale"] });
  }

  const rawPrice = firstValue(query.price);
  if (rawPrice !== undefined) {
    const price = rawPrice.trim() === "" ? undefined : priceSchema.safeParse(rawPrice);
    if (!price?.success) {
      notices.push({
        key: "trainingPriceInvalid",
        values: { value: rawPrice, default: DEFAULT_PRICE_USD },
        params: ["price"],
      });
    } else {
      state.priceUsdPerGpuHour = clampPrice(price.data);
      if (state.priceUsdPerGpuHour !== roundPrice(price.data)) {
        notices.push({
          key: "trainingPriceClamped",
          values: { value: rawPrice, min: MIN_PRICE_USD, max: MAX_PRICE_USD },
          params: ["price"],
        });
      }
    }
  }
  return { state, notices };
}
