"use client";

import { useMemo } from "react";

import { ChartPanel, type ChartPanelLabels } from "@/components/charts/chart-panel";
import type { AppLocale } from "@/i18n/routing";
import type { ExportTable } from "@/lib/export/csv";
import type { ModelsChartData } from "@/lib/models/chart-spec";

import { modelsChartSpec } from "./models-chart-spec";

type Props = {
  id: string;
  title: string;
  subtitle: string;
  source: string;
  fileBase: string;
  table: ExportTable;
  panelLabels: ChartPanelLabels;
  locale: AppLocale;
  chart: ModelsChartData;
  /** The view's serialised query, for Copy link and the PNG's URL. */
  query: string;
  /** Caveats for the footnote (what the chart leaves out, the log scale). */
  notes: string[];
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
