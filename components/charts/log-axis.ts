import type { Scale } from "chart.js";

import type { AppLocale } from "@/i18n/routing";
import { logAxisBounds, logTicksThatFit } from "@/lib/charts/scale";
import { formatDecimal } from "@/lib/format";

/**
 * A horizontal log axis drawn honestly: it ends at the 1-2-5 values around the data and is ticked
 * only at 1, 2 and 5 × 10ⁿ, dropping to powers of ten when labels would collide (no "80" beside
 * "100"). The charts put dots on it, never bars: a log axis has no zero for a bar to start from.
 */
export function honestLogAxis(values: number[], locale: AppLocale, tickFontPx: number) {
  const { min, max } = logAxisBounds(values);
  return {
    type: "logarithmic" as const,
    min,
    max,
    afterBuildTicks: (scale: Scale) => {
      // A label like "1,000" is about three ems wide; keep one em between labels.
      scale.ticks = logTicksThatFit(min, max, scale.width, tickFontPx * 4).map((value) => ({ value }));
    },
    ticks: { callback: (value: number | string) => formatDecimal(Number(value), locale, 1) },
  };
}
