"use client";

import { useMemo } from "react";

import { ChartPanel, type ChartPanelLabels } from "@/components/charts/chart-panel";
import type { AppLocale } from "@/i18n/routing";
import type { TrainingRunCost } from "@/lib/training/cost";
import type { ChartScale } from "@/lib/training/view-state";

import { trainingChartPanel, type TrainingChartLabels } from "./training-chart-spec";

type Props = {
  locale: AppLocale;
  /** DeepSeek-V3 first, then Llama 3 (the baseline). */
  runs: TrainingRunCost[];
  scale: ChartScale;
  subtitle: string;
  /** The price per GPU-hour as written in the locale, for the tooltips. */
  price: string;
  /** The figures in a sentence, for the chart's accessible name. */
  description: string;
  /** The caveats (different GPUs, final run only, the price is an assumption): the PNG's footnotes. */
  caveats: string[];
  /** Whether the caveats show under the chart too (the full page lists them beside it). */
  caveatsOnScreen: boolean;
  fileBase: string;
  query: string;
  labels: TrainingChartLabels;
  panelLabels: ChartPanelLabels;
};

/** The GPU-hours of the two final training runs: bars from zero on a linear axis, dots on a log axis. */
export function TrainingChart({
  locale,
  runs,
  scale,
  subtitle,
  price,
  description,
  caveats,
  caveatsOnScreen,
  fileBase,
  query,
  labels,
  panelLabels,
}: Props) {
  const panel = useMemo(
    () =>
      trainingChartPanel({
        locale,
        runs,
        scale,
        subtitle,
        price,
        caveats,
        fileBase,
        labels,
        logScaleNote: panelLabels.logScaleNote,
      }),
    [locale, runs, scale, subtitle, price, caveats, fileBase, labels, panelLabels.logScaleNote],
  );
  return (
    <div data-testid="training-chart" data-scale={scale}>
      <ChartPanel
        {...panel}
        description={description}
        labels={panelLabels}
        locale={locale}
        query={query}
        height={260}
        exportView="training"
        notesOnScreen={caveatsOnScreen}
      />
    </div>
  );
}
