import type { AppLocale } from "@/i18n/routing";
import { exportFileBase } from "@/lib/export/file-name";
import { formatUsdPerGpuHour } from "@/lib/format";
import { fillTemplate } from "@/lib/template";
import type { TrainingViewState } from "./view-state";

/** The "Training" messages the chart's subtitle is made of (`chartSubtitle` is a {scale}/{price} template). */
export type TrainingWordsLabels = { chartSubtitle: string; scaleLinear: string; scaleLog: string };

/** The chart subtitle for a state: "Log scale · priced at USD 2.50 per GPU-hour". */
export function trainingChartSubtitle(state: TrainingViewState, labels: TrainingWordsLabels, locale: AppLocale): string {
  return fillTemplate(labels.chartSubtitle, {
    scale: state.scale === "log" ? labels.scaleLog : labels.scaleLinear,
    price: formatUsdPerGpuHour(state.priceUsdPerGpuHour, locale),
  });
}

/** Export file name for a state: "training-gpu-hours-log-usd2p5". */
export function trainingFileBase(state: TrainingViewState): string {
  return exportFileBase("training-gpu-hours", [state.scale, `usd${String(state.priceUsdPerGpuHour).replace(".", "p")}`]);
}
