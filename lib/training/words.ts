import type { Messages } from "next-intl";

import type { AppLocale } from "@/i18n/routing";
import type { ExportTable } from "@/lib/export/csv";
import { exportFileBase } from "@/lib/export/file-name";
import { gpuHoursInLocaleUnit } from "@/lib/format";
import { fillTemplate } from "@/lib/template";
import type { FigureOrigin } from "@/lib/vocabulary";

import type { TrainingRunInput } from "./cost";
import { DEFAULT_PRICE_USD, type TrainingViewState } from "./view-state";

/** The "Training" messages the chart's words are made of (templates with {placeholders}). */
export type TrainingWordsLabels = Pick<
  Messages["Training"],
  "chartSubtitle" | "scaleLinear" | "scaleLog" | "barV3" | "barLlama" | "barOther" | "colRun" | "colGpu" | "colHours"
>;

/**
 * The chart subtitle: only what changes what the chart shows. The chart shows GPU-hours, so the
 * rental price (which changes the costs beside it, not the bars) is not part of it: "Log scale".
 */
export function trainingChartSubtitle(
  state: TrainingViewState,
  labels: Pick<TrainingWordsLabels, "chartSubtitle" | "scaleLinear" | "scaleLog">,
): string {
  return fillTemplate(labels.chartSubtitle, { scale: state.scale === "log" ? labels.scaleLog : labels.scaleLinear });
}

/** Export file name for a state, from what the chart shows: "training-gpu-hours-log". */
export function trainingFileBase(state: TrainingViewState): string {
  return exportFileBase("training-gpu-hours", [state.scale]);
}

/**
 * Each bar labelled for what it is: V3's figure is its final training run alone, Llama 3's the sum
 * for three models (8B, 70B, 405B), so neither is called "the final training run" of the other kind.
 */
export function trainingRunLabel(
  run: TrainingRunInput,
  labels: Pick<TrainingWordsLabels, "barV3" | "barLlama" | "barOther">,
): string {
  const template =
    run.slug === "deepseek-v3" ? labels.barV3 : run.slug === "llama-3" ? labels.barLlama : labels.barOther;
  return fillTemplate(template, { model: run.model, gpu: run.gpu });
}

/** The chart's rows as its data table and CSV: what each bar is, its GPU, its GPU-hours in the locale's one unit. */
export function trainingChartTable(
  runs: TrainingRunInput[],
  labels: Pick<TrainingWordsLabels, "barV3" | "barLlama" | "barOther" | "colRun" | "colGpu" | "colHours">,
  locale: AppLocale,
): ExportTable {
  return {
    headers: [labels.colRun, labels.colGpu, labels.colHours],
    rows: runs.map((run) => [
      trainingRunLabel(run, labels),
      run.gpu,
      gpuHoursInLocaleUnit(run.gpuHoursMillion, locale),
    ]),
  };
}

/**
 * A run's cost at the chosen price: DeepSeek-V3's at the V3 report's own USD 2 is the figure the note
 * cites; at any other price, and Llama 3's at every price (the note gives none), it is a what-if.
 */
export function trainingCostOrigin(
  run: Pick<TrainingRunInput, "slug">,
  priceUsdPerGpuHour: number,
): Extract<FigureOrigin, "note" | "scenario"> {
  return run.slug === "deepseek-v3" && priceUsdPerGpuHour === DEFAULT_PRICE_USD ? "note" : "scenario";
}
