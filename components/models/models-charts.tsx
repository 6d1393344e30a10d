import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { getChartPanelLabels } from "@/lib/charts/panel-labels";
import type { ModelRecord } from "@/lib/db/models";
import { exportFileBase } from "@/lib/export/file-name";
import { buildModelsChart, MODELS_CHART_TITLE_KEYS } from "@/lib/models/chart-spec";
import { MODEL_CHART_VIEWS, serializeModelsQuery, type ModelChartView, type ModelsQuery } from "@/lib/models/params";
import { modelsChartSubtitle, modelsFileParts, type ActiveFilter, type ModelsTranslator } from "@/lib/models/words";

import { ModelsChart } from "./models-chart";

const TAB_KEYS = { releases: "tabReleases", regions: "tabRegions", params: "tabParams" } as const satisfies Record<
  ModelChartView,
  string
>;

type Props = {
  models: ModelRecord[];
  state: ModelsQuery;
  filters: ActiveFilter[];
  locale: AppLocale;
  t: ModelsTranslator;
  /** Embed mode: the chart alone, without the tabs (the embedding page picks the chart with ?view=). */
  embed?: boolean;
};

/** The chart tabs (links, so they work without JavaScript) and the active chart of the filtered models. */
export async function ModelsCharts({ models, state, filters, locale, t, embed = false }: Props) {
  const panelLabels = await getChartPanelLabels(locale);
  const { chart, table, note } = buildModelsChart(state.view, models, locale, t);
  const subtitle = modelsChartSubtitle(t, filters, models.length);
  const source = [...new Set(models.map((model) => model.source))].join("; ");
  return (
    <section aria-label={t("chartsLabel")} className={embed ? "" : "mt-8"}>
      {embed ? null : (
        <nav
          aria-label={t("chartsLabel")}
          className="print-hidden mb-3 flex gap-1 overflow-x-auto border-b border-slate-200"
          data-testid="chart-tabs"
        >
          {MODEL_CHART_VIEWS.map((view) => {
            const active = view === state.view;
            const query = serializeModelsQuery({ ...state, view });
            return (
              <Link
                key={view}
                href={query ? `/models?${query}` : "/models"}
                scroll={false}
                aria-current={active ? "page" : undefined}
                className={`-mb-px inline-flex min-h-11 items-center rounded-t-md border px-3 text-sm whitespace-nowrap sm:min-h-9 ${active ? "border-slate-200 border-b-white bg-white font-medium text-accent" : "border-transparent text-slate-600 hover:text-slate-900"}`}
              >
                {t(TAB_KEYS[view])}
              </Link>
            );
          })}
        </nav>
      )}
      <ModelsChart
        key={state.view}
        id={`models-${state.view}`}
        title={t(MODELS_CHART_TITLE_KEYS[state.view])}
        subtitle={subtitle}
        source={source}
        fileBase={exportFileBase(`models-${state.view}`, modelsFileParts(state))}
        table={table}
        panelLabels={panelLabels}
        locale={locale}
        chart={chart}
        query={serializeModelsQuery(state)}
        notes={[note, chart.layout === "dots" ? panelLabels.logScaleNote : undefined].filter((text): text is string =>
          Boolean(text),
        )}
      />
      {note ? (
        <p className="mt-2 text-sm text-slate-600" data-testid="params-undisclosed">
          {note}
        </p>
      ) : null}
    </section>
  );
}
