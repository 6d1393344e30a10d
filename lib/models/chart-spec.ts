import type { AppLocale } from "@/i18n/routing";
import type { ModelRecord } from "@/lib/db/models";
import type { ExportTable } from "@/lib/export/csv";
import { formatYearMonth } from "@/lib/format";
import { pick } from "@/lib/locale";
import { countByRegionAndAccess, releasesByMonth, splitByDisclosedParams } from "./charts";
import type { ModelChartView } from "./params";
import { modalityList } from "./query";
import { isMoeTotal, paramsDisclosure } from "./disclosure";
import { modalityName, moeWords, paramsWords, regionName, withQualifier, type ModelsTranslator } from "./words";

/** A bar chart of the Models view, as data: the page's Chart.js chart and the link-preview image draw it. */
export type ModelsBarChart = {
  categories: string[];
  datasets: { label: string; data: number[]; color: string }[];
  stacked?: boolean;
  /** Bars run sideways (one per model) on a log value axis. */
  horizontalLog?: boolean;
  valueAxisTitle: string;
  /** Chart area height in px. */
  height: number;
};

const COLORS = { US: "#1d4ed8", CN: "#dc2626", open: "#059669", closed: "#94a3b8", params: "#1d4ed8" };
export const MODELS_CHART_TITLE_KEYS = { releases: "chartReleasesTitle", regions: "chartRegionsTitle", params: "chartParamsTitle" } as const satisfies Record<ModelChartView, string>;

export type ModelsChartSpec = { chart: ModelsBarChart; table: ExportTable; note?: string };

/** The active chart of the filtered models: its bars, its data table (and CSV), and a note on what it leaves out. */
export function buildModelsChart(view: ModelChartView, models: ModelRecord[], locale: AppLocale, t: ModelsTranslator): ModelsChartSpec {
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
      // A bar the maker never confirmed says so in its label; the table says why, and which bars are MoE totals.
      const barLabel = (model: ModelRecord) => (paramsDisclosure(model).kind === "noteOnly" ? t("paramsNoteOnlyBar", { name: name(model) }) : name(model));
      const remark = (model: ModelRecord) =>
        [paramsWords(t, model, locale).qualifier, isMoeTotal(model) ? t("paramsMoeTotal") : null].filter(Boolean).join(locale === "zh" ? "；" : "; ");
      return {
        chart: {
          categories: disclosed.map(barLabel),
          datasets: [{ label: t("colParamsB"), data: disclosed.map((model) => model.paramsB), color: COLORS.params }],
          horizontalLog: true,
          valueAxisTitle: t("colParamsB"),
          height: 60 + 32 * Math.max(disclosed.length, 1),
        },
        table: {
          headers: [t("colModel"), t("colCompany"), t("colParamsB"), t("colParamsRemark")],
          rows: disclosed.map((model) => [name(model), pick(locale, model.company.nameZh, model.company.nameEn), model.paramsB, remark(model) || null]),
        },
        note: [
          disclosed.length === 0 ? t("paramsNoneCharted") : null,
          undisclosed.length > 0 ? t("paramsUndisclosedList", { names: undisclosed.map(name).join(locale === "zh" ? "、" : ", ") }) : t("paramsNoneUndisclosed"),
          disclosed.some((model) => paramsDisclosure(model).kind === "noteOnly")
            ? t("paramsNoteOnlyList", { names: disclosed.filter((model) => paramsDisclosure(model).kind === "noteOnly").map(name).join(locale === "zh" ? "、" : ", ") })
            : null,
        ]
          .filter(Boolean)
          .join(locale === "zh" ? "" : " "),
      };
    }
  }
}

/** The model table as shown (same columns, same words), for its CSV. */
export function modelsTableExport(models: ModelRecord[], locale: AppLocale, t: ModelsTranslator): ExportTable {
  return {
    headers: [t("colModel"), t("colCompany"), t("colRegion"), t("colParams"), t("colMoe"), t("colModalities"), t("colAccess"), t("colReleased")],
    rows: models.map((model) => [
      pick(locale, model.nameZh, model.nameEn),
      pick(locale, model.company.nameZh, model.company.nameEn),
      regionName(t, model.region),
      withQualifier(t, paramsWords(t, model, locale)),
      withQualifier(t, moeWords(t, model, locale)),
      `${modalityList(model.inputs).map((code) => modalityName(t, code)).join(" + ")} → ${modalityList(model.outputs).map((code) => modalityName(t, code)).join(" + ")}`,
      model.openWeights ? t("open") : t("closed"),
      formatYearMonth(model.released, locale),
    ]),
  };
}
