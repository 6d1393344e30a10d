import type { AppLocale } from "@/i18n/routing";
import { tint, type ChartPalette } from "@/lib/charts/tokens";
import type { ModelRecord } from "@/lib/db/models";
import type { ExportTable } from "@/lib/export/csv";
import { formatYearMonth } from "@/lib/format";
import { pick } from "@/lib/locale";
import { MODEL_REGIONS, type ModelRegion } from "@/lib/vocabulary";

import { countByRegionAndAccess, releasesByMonth, splitByDisclosedParams } from "./charts";
import { isMoeTotal, paramsDisclosure } from "./disclosure";
import type { ModelChartView } from "./params";
import { modalityList } from "./query";
import { modalityName, moeWords, paramsWords, regionName, withQualifier, type ModelsTranslator } from "./words";

/**
 * A series of the Models view's chart. Every mark is a model or a count of models, coloured by its
 * region (the design system's region colours); closed-weights counts are a light tint of it.
 */
export type ModelsChartSeries = {
  label: string;
  data: number[];
  /** Each value's region, i.e. its colour. */
  regions: ModelRegion[];
  /** Drawn as a light tint of the region's colour. */
  tint?: boolean;
};

/** A legend entry: a region's colour, or a neutral shade explaining full colour vs tint. */
export type ModelsLegendEntry = { label: string; region?: ModelRegion; tint?: boolean };

/** The Models view's active chart, as data: the page's Chart.js chart and the link-preview image draw it. */
export type ModelsChartData = {
  /** Stacked columns (releases), grouped columns (region × weights) or one dot per model on a log axis (parameters). */
  layout: "stacked" | "grouped" | "dots";
  categories: string[];
  series: ModelsChartSeries[];
  legend: ModelsLegendEntry[];
  valueAxisTitle: string;
  /** Chart area height in px. */
  height: number;
};

/** The colour of a series' value (its region's, tinted for closed weights) in a palette. */
export function modelsValueColour(series: ModelsChartSeries, index: number, palette: ChartPalette): string {
  const colour = palette.region[series.regions[index] ?? "US"];
  return series.tint ? tint(colour, palette.surface) : colour;
}

/** The swatch colour of a legend entry in a palette (a neutral grey when it explains shades). */
export function modelsLegendColour(entry: ModelsLegendEntry, palette: ChartPalette): string {
  const colour = entry.region ? palette.region[entry.region] : palette.muted;
  return entry.tint ? tint(colour, palette.surface) : colour;
}

export const MODELS_CHART_TITLE_KEYS = {
  releases: "chartReleasesTitle",
  regions: "chartRegionsTitle",
  params: "chartParamsTitle",
} as const satisfies Record<ModelChartView, string>;

export type ModelsChartSpec = { chart: ModelsChartData; table: ExportTable; note?: string };

/** The active chart of the filtered models: its bars, its data table (and CSV), and a note on what it leaves out. */
export function buildModelsChart(
  view: ModelChartView,
  models: ModelRecord[],
  locale: AppLocale,
  t: ModelsTranslator,
): ModelsChartSpec {
  const name = (model: ModelRecord) => pick(locale, model.nameZh, model.nameEn);
  const regions = MODEL_REGIONS.map((region) => ({ region, label: regionName(t, region) }));
  switch (view) {
    case "releases": {
      const months = releasesByMonth(models);
      return {
        chart: {
          layout: "stacked",
          categories: months.map((month) => formatYearMonth(month.month, locale)),
          series: regions.map(({ region, label }) => ({
            label,
            data: months.map((month) => month.byRegion[region]),
            regions: months.map(() => region),
          })),
          legend: regions.map(({ region, label }) => ({ label, region })),
          valueAxisTitle: t("colCount"),
          height: 300,
        },
        table: {
          headers: [t("colMonth"), ...regions.map(({ label }) => label), t("colModels")],
          // Dates and lists as the page writes them: "2024 年 12 月", "o1、GPT-4o" (zh).
          rows: months.map((month) => [
            formatYearMonth(month.month, locale),
            month.byRegion.US,
            month.byRegion.CN,
            month.models.map(name).join(locale === "zh" ? "、" : "; "),
          ]),
        },
      };
    }
    case "regions": {
      const counts = countByRegionAndAccess(models);
      return {
        chart: {
          layout: "grouped",
          categories: counts.map((count) => regionName(t, count.region)),
          series: [
            { label: t("open"), data: counts.map((count) => count.open), regions: counts.map((count) => count.region) },
            {
              label: t("closed"),
              data: counts.map((count) => count.closed),
              regions: counts.map((count) => count.region),
              tint: true,
            },
          ],
          legend: [{ label: t("legendShadeOpen") }, { label: t("legendShadeClosed"), tint: true }],
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
      const barLabel = (model: ModelRecord) =>
        paramsDisclosure(model).kind === "noteOnly" ? t("paramsNoteOnlyBar", { name: name(model) }) : name(model);
      const remark = (model: ModelRecord) =>
        [paramsWords(t, model, locale).qualifier, isMoeTotal(model) ? t("paramsMoeTotal") : null]
          .filter(Boolean)
          .join(locale === "zh" ? "；" : "; ");
      return {
        chart: {
          layout: "dots",
          categories: disclosed.map(barLabel),
          // A model's region is "US" or "CN" (lib/validations/model.ts), stored as text.
          series: [
            {
              label: t("colParamsB"),
              data: disclosed.map((model) => model.paramsB),
              regions: disclosed.map((model) => model.region),
            },
          ],
          legend: regions.map(({ region, label }) => ({ label, region })),
          valueAxisTitle: t("colParamsB"),
          height: 90 + 30 * Math.max(disclosed.length, 1),
        },
        table: {
          headers: [t("colModel"), t("colCompany"), t("colParamsB"), t("colParamsRemark")],
          rows: disclosed.map((model) => [
            name(model),
            pick(locale, model.company.nameZh, model.company.nameEn),
            model.paramsB,
            remark(model) || null,
          ]),
        },
        note: [
          disclosed.length === 0 ? t("paramsNoneCharted") : null,
          undisclosed.length > 0
            ? t("paramsUndisclosedList", { names: undisclosed.map(name).join(locale === "zh" ? "、" : ", ") })
            : t("paramsNoneUndisclosed"),
          disclosed.some((model) => paramsDisclosure(model).kind === "noteOnly")
            ? t("paramsNoteOnlyList", {
                names: disclosed
                  .filter((model) => paramsDisclosure(model).kind === "noteOnly")
                  .map(name)
                  .join(locale === "zh" ? "、" : ", "),
              })
            : null,
        ]
          .filter(Boolean)
          .join(locale === "zh" ? "" : " "),
      };
    }
  }
}

/**
 * The model table as shown, for its CSV, with its figures typed for a spreadsheet: parameters as a
 * number (billions) beside a remark (undisclosed, or the note's figure only), the release as an
 * ISO year-month (YYYY-MM), so they sort, sum and read as dates in Excel and LibreOffice.
 */
export function modelsTableExport(models: ModelRecord[], locale: AppLocale, t: ModelsTranslator): ExportTable {
  return {
    headers: [
      t("colModel"),
      t("colCompany"),
      t("colRegion"),
      t("colParamsB"),
      t("colParamsRemark"),
      t("colMoe"),
      t("colModalities"),
      t("colAccess"),
      t("colReleased"),
    ],
    rows: models.map((model) => [
      pick(locale, model.nameZh, model.nameEn),
      pick(locale, model.company.nameZh, model.company.nameEn),
      regionName(t, model.region),
      ...paramsCells(t, model, locale),
      withQualifier(t, moeWords(t, model, locale)),
      `${modalityList(model.inputs)
        .map((code) => modalityName(t, code))
        .join(" + ")} → ${modalityList(model.outputs)
        .map((code) => modalityName(t, code))
        .join(" + ")}`,
      model.openWeights ? t("open") : t("closed"),
      model.released,
    ]),
  };
}

/** A model's parameters as [billions or empty, remark or empty]. */
function paramsCells(t: ModelsTranslator, model: ModelRecord, locale: AppLocale): [number | null, string | null] {
  const params = paramsDisclosure(model);
  if (params.kind === "undisclosed") return [null, t("undisclosed")];
  return [params.paramsB, paramsWords(t, model, locale).qualifier];
}
