import type { PanelContent } from "@/components/exports/native-chart";
import type { AppLocale } from "@/i18n/routing";
import type { ModelRecord } from "@/lib/db/models";
import { exportFileBase } from "@/lib/export/file-name";
import { buildModelsChart, MODELS_CHART_TITLE_KEYS, type ModelsChartData } from "@/lib/models/chart-spec";
import type { ModelChartView, ModelsQuery } from "@/lib/models/params";
import { modelsChartSubtitle, modelsFileParts, type ActiveFilter, type ModelsTranslator } from "@/lib/models/words";

import { modelsChartSpec } from "./models-chart-spec";

/**
 * One of the Models view's charts of the filtered models as a panel: what the page's panel shows and
 * the exports carry (title, filters in words, table, caveats, sources), the chart's data and the
 * note on undisclosed parameters.
 */
export function modelsChartPanel(
  view: ModelChartView,
  {
    models,
    state,
    filters,
    locale,
    t,
    logScaleNote,
  }: {
    models: ModelRecord[];
    state: ModelsQuery;
    filters: ActiveFilter[];
    locale: AppLocale;
    t: ModelsTranslator;
    logScaleNote: string;
  },
): { content: PanelContent; chart: ModelsChartData; note: string | undefined } {
  const { chart, table, note } = buildModelsChart(view, models, locale, t);
  return {
    chart,
    note,
    content: {
      id: `models-${view}`,
      title: t(MODELS_CHART_TITLE_KEYS[view]),
      subtitle: modelsChartSubtitle(t, filters, models.length),
      source: [...new Set(models.map((model) => model.source))].join("; "),
      fileBase: exportFileBase(`models-${view}`, modelsFileParts({ ...state, view })),
      table,
      notes: [note, chart.layout === "dots" ? logScaleNote : undefined].filter((text): text is string => Boolean(text)),
      spec: modelsChartSpec(chart),
    },
  };
}
