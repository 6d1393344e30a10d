import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { getChartPanelLabels } from "@/lib/charts/panel-labels";
import type { ModelRecord } from "@/lib/db/models";
import { MODEL_CHART_VIEWS, serializeModelsQuery, type ModelChartView, type ModelsQuery } from "@/lib/models/params";
import type { ActiveFilter, ModelsTranslator } from "@/lib/models/words";
import { withDataVersion } from "@/lib/url-state/data-version";

import { ModelsChart } from "./models-chart";
import { modelsChartPanel } from "./models-chart-panel";

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
  /** The data version of a pinned link (`v=`): its tabs stay on it. */
  version?: number | null;
};

/** The chart tabs (links, so they work without JavaScript) and the active chart of the filtered models. */
export async function ModelsCharts({ models, state, filters, locale, t, embed = false, version = null }: Props) {
  const panelLabels = await getChartPanelLabels(locale);
  const { content, chart, note } = modelsChartPanel(state.view, {
    models,
    state,
    filters,
    locale,
    t,
    logScaleNote: panelLabels.logScaleNote,
  });
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
            const query = withDataVersion(serializeModelsQuery({ ...state, view }), version);
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
        id={content.id}
        title={content.title}
        subtitle={content.subtitle}
        source={content.source}
        fileBase={content.fileBase}
        table={content.table}
        panelLabels={panelLabels}
        locale={locale}
        chart={chart}
        query={serializeModelsQuery(state)}
        notes={content.notes ?? []}
      />
      {note ? (
        <p className="mt-2 text-sm text-slate-600" data-testid="params-undisclosed">
          {note}
        </p>
      ) : null}
    </section>
  );
}
