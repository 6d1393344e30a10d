"use client";

import { useMemo } from "react";

import { ChartPanel, type ChartPanelLabels } from "@/components/charts/chart-panel";
import type { PanelContent } from "@/components/exports/native-chart";
import type { AppLocale } from "@/i18n/routing";
import type { ModelsChartData } from "@/lib/models/chart-spec";

import { modelsChartSpec } from "./models-chart-spec";

/** The panel's content as the server built it (modelsChartPanel), without the spec: a function cannot cross to the browser, so it is rebuilt here from `chart`. */
type Props = Omit<PanelContent, "spec" | "scenarioName"> & {
  panelLabels: ChartPanelLabels;
  locale: AppLocale;
  chart: ModelsChartData;
  /** The view's serialised query, for Copy link and the PNG's URL. */
  query: string;
};

/** The Models view's active chart in the shared ChartPanel. */
export function ModelsChart({
  id,
  title,
  subtitle,
  source,
  fileBase,
  table,
  panelLabels,
  locale,
  chart,
  query,
  notes,
}: Props) {
  const spec = useMemo(() => modelsChartSpec(chart), [chart]);
  return (
    <ChartPanel
      id={id}
      title={title}
      subtitle={subtitle}
      source={source}
      fileBase={fileBase}
      table={table}
      labels={panelLabels}
      locale={locale}
      query={query}
      spec={spec}
      height={chart.height}
      notes={notes}
      notesOnScreen={false}
      exportView="models"
    />
  );
}
