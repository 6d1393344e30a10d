import type { ChartTable } from "@/components/charts/chart-panel";
import { getChartPanelLabels } from "@/components/charts/chart-panel-labels";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import type { ModelRecord } from "@/lib/db/models";
import { exportFileBase } from "@/lib/export/file-name";
import { formatYearMonth } from "@/lib/format";
import { pick } from "@/lib/locale";
import { countByRegionAndAccess, releasesByMonth, splitByDisclosedParams } from "@/lib/models/charts";
import { MODEL_CHART_VIEWS, serializeModelsQuery, type ModelChartView, type ModelsQuery } from "@/lib/models/params";
import { ModelsChart, type ModelsBarChart } from "./models-chart";
import { regionName, type ActiveFilter, type ModelsTranslator } from "./models-text";

const COLORS = { US: "#1d4ed8", CN: "#dc2626", open: "#059669", closed: "#94a3b8", params: "#1d4ed8" };
const TAB_KEYS = { releases: "tabReleases", regions: "tabRegions", params: "tabParams" } as const satisfies Record<ModelChartView, string>;
const TITLE_KEYS = { releases: "chartReleasesTitle", regions: "chartRegionsTitle", params: "chartParamsTitle" } as const satisfies Record<ModelChartView, string>;

type Props = { models: ModelRecord[]; state: ModelsQuery; filters: ActiveFilter[]; locale: AppLocale; t: ModelsTranslator };

type BuiltChart = { chart: ModelsBarChart; table: ChartTable; note?: string };

function buildChart(view: ModelChartView, models: ModelRecord[], locale: AppLocale, t: ModelsTranslator): BuiltChart {
  const name = (model: ModelRecord) => pick(locale, model.nameZh, model.nameEn);
  const regions = (["US", "CN"] as const).map((region) => ({ region, label: regionName(t, region) }));
  switch (view) {
    case "releases": {
      const months = releasesByMonth(models);
      return {
        chart: {
          categories: months.map((month) => formatYearMonth(month.month, locale)),
          datasets: regions.map(({ region, label }) => ({ label, data: months.map((month) => month.byRegion[region]), color: COLORS[region] })),
          stacked: true,
          valueAxisTitle: t("colCount"),
          height: 300,
        },
        table: {
          headers: [t("colMonth"), ...regions.map(({ label }) => label), t("colModels")],
          rows: months.map((month) => [month.month, month.byRegion.US, month.byRegion.CN, month.models.map(name).join("; ")]),
        },
      };
    }
    case "regions": {
      const counts = countByRegionAndAccess(models);
      return {
        chart: {
          categories: counts.map((count) => regionName(t, count.region)),
          datasets: [
            { label: t("open"), data: counts.map((count) => count.open), color: COLORS.open },
            { label: t("closed"), data: counts.map((count) => count.closed), color: COLORS.closed },
          ],
          valueAxisTitle: t("colCount"),
          height: 260,
        },
        table: {
          headers: [t("colRegion"), t("open"), t("closed")],
          rows: counts.map((count) => [regionName(t, count.region), count.open, count.closed]),
        },
      };
    }
    case "params": {
      const { disclosed, undisclosed } = splitByDisclosedParams(models);
      return {
        chart: {
          categories: disclosed.map(name),
          datasets: [{ label: t("colParamsB"), data: disclosed.map((model) => model.paramsB), color: COLORS.params }],
          horizontalLog: true,
          valueAxisTitle: t("colParamsB"),
          height: 60 + 32 * Math.max(disclosed.length, 1),
        },
        table: {
          headers: [t("colModel"), t("colCompany"), t("colParamsB")],
          rows: disclosed.map((model) => [name(model), pick(locale, model.company.nameZh, model.company.nameEn), model.paramsB]),
        },
        note: [
          disclosed.length === 0 ? t("paramsNoneCharted") : null,
          undisclosed.length > 0 ? t("paramsUndisclosedList", { names: undisclosed.map(name).join(locale === "zh" ? "、" : ", ") }) : t("paramsNoneUndisclosed"),
        ]
          .filter(Boolean)
          .join(" "),
      };
    }
  }
}

/** File-name parts of the active filters, e.g. ["cn", "open", "from-2024-01"]. */
function fileParts(state: ModelsQuery): string[] {
  const parts = [state.region, state.access, state.company, state.modality];
  if (state.from) parts.push(`from-${state.from}`);
  if (state.to) parts.push(`to-${state.to}`);
  if (state.q) parts.push(`q-${state.q}`);
  return parts.filter((part): part is string => part !== null);
}

/** The chart tabs (links, so they work without JavaScript) and the active chart of the filtered models. */
export async function ModelsCharts({ models, state, filters, locale, t }: Props) {
  const panelLabels = await getChartPanelLabels(locale);
  const { chart, table, note } = buildChart(state.view, models, locale, t);
  const subtitle = filters.length === 0 ? t("chartAllModels", { count: models.length }) : t("chartFiltered", { filters: filters.map((filter) => filter.text).join(" · "), count: models.length });
  const source = [...new Set(models.map((model) => model.source))].join("; ");
  return (
    <section aria-label={t("chartsLabel")} className="mt-8">
      <nav aria-label={t("chartsLabel")} className="print-hidden mb-3 flex gap-1 overflow-x-auto border-b border-slate-200" data-testid="chart-tabs">
        {MODEL_CHART_VIEWS.map((view) => {
          const active = view === state.view;
          const query = serializeModelsQuery({ ...state, view });
          return (
            <Link
              key={view}
              href={query ? `/models?${query}` : "/models"}
              scroll={false}
              aria-current={active ? "page" : undefined}
              className={`-mb-px whitespace-nowrap rounded-t-md border px-3 py-1.5 text-sm ${active ? "border-slate-200 border-b-white bg-white font-medium text-accent" : "border-transparent text-slate-600 hover:text-slate-900"}`}
            >
              {t(TAB_KEYS[view])}
            </Link>
          );
        })}
      </nav>
      <ModelsChart
        key={state.view}
        id={`models-${state.view}`}
        title={t(TITLE_KEYS[state.view])}
        subtitle={subtitle}
        source={source}
        fileBase={exportFileBase(`models-${state.view}`, fileParts(state))}
        table={table}
        panelLabels={panelLabels}
        locale={locale}
        chart={chart}
      />
      {note ? (
        <p className="mt-2 text-sm text-slate-600" data-testid="params-undisclosed">
          {note}
        </p>
      ) : null}
    </section>
  );
}
