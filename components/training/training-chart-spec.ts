import type { Messages } from "next-intl";

import { chartStyle, type ChartSpec } from "@/components/charts/chart-config";
import { honestLogAxis } from "@/components/charts/log-axis";
import type { PanelContent } from "@/components/exports/native-chart";
import type { AppLocale } from "@/i18n/routing";
import { niceAxisMax } from "@/lib/charts/scale";
import { wrapToWidth } from "@/lib/charts/wrap-to-width";
import { formatDecimal, formatGpuHoursMillions, formatUsdMillions, gpuHoursInLocaleUnit } from "@/lib/format";
import { fillTemplate } from "@/lib/template";
import type { TrainingRunCost } from "@/lib/training/cost";
import { trainingRunRegion } from "@/lib/training/labs";
import type { ChartScale } from "@/lib/training/view-state";
import { trainingChartTable, trainingRunLabel } from "@/lib/training/words";

/** Strings from the "Training" messages the chart uses (`tooltipCost` and the bar labels are templates). */
export type TrainingChartLabels = Pick<
  Messages["Training"],
  | "chartTitle"
  | "chartSource"
  | "axisHours"
  | "tooltipCost"
  | "barV3"
  | "barLlama"
  | "barOther"
  | "colRun"
  | "colGpu"
  | "colHours"
>;

/** The GPU-hours chart: bars from zero on a linear axis, dots on a log axis (the page and the exports build from it). */
/** A narrow chart's run names, in lines of at most this many units (8 Chinese characters). */
const NARROW_LABEL_UNITS = 16;

export function trainingChartSpec(
  runs: TrainingRunCost[],
  scale: ChartScale,
  labels: TrainingChartLabels,
  price: string,
): ChartSpec {
  return {
    kind: scale === "log" ? "dots" : "bar",
    build: (context) => {
      const style = chartStyle(context);
      const { palette, fontSize } = style;
      // Coloured by the region of the lab that trained them, as the Models view colours models.
      const regions = runs.map((run) => trainingRunRegion(run.slug));
      const colours = regions.map((region) => palette.region[region]);
      const base = style.base(
        Object.fromEntries(regions.map((region, index) => [`region:${region}`, colours[index]!])),
      );
      // In the locale's one unit (万 GPU 小时 / millions), as the axis title says.
      const hours = runs.map((run) => gpuHoursInLocaleUnit(run.gpuHoursMillion, context.locale));
      const digits = context.locale === "zh" ? 1 : 3;
      const valueLabels = style.valueLabels(
        (value) => formatDecimal(Number(value), context.locale, digits),
        scale === "log" ? { anchor: "center", align: "right", offset: fontSize.marker + 4 } : {},
      );
      const tooltip = {
        ...style.tooltip(),
        callbacks: {
          label: (item: { dataIndex: number }) => {
            const run = runs[item.dataIndex];
            return run
              ? [
                  formatGpuHoursMillions(run.gpuHoursMillion, context.locale),
                  fillTemplate(labels.tooltipCost, {
                    cost: formatUsdMillions(run.costUsdMillion, context.locale),
                    price,
                  }),
                ]
              : "";
          },
        },
      };
      const plugins = { ...base.plugins, legend: style.legend(false), tooltip };
      // Half a row of space at both ends, so no dot sits on the frame.
      const categoryAxis = {
        ...style.axis({ grid: scale === "log" }),
        offset: true,
        ticks: { ...style.categoryTicks(), autoSkip: false },
      };
      // A phone's chart wraps the long run names into lines, so the label column never pushes them off the canvas.
      const labelsOf = runs.map((run) =>
        context.narrow ? wrapToWidth(trainingRunLabel(run, labels), NARROW_LABEL_UNITS) : trainingRunLabel(run, labels),
      );

      if (scale === "log") {
        // On a log axis the runs are dots: a bar's length would mean nothing without a zero.
        const logAxis = honestLogAxis(hours, context.locale, fontSize.tick);
        return {
          type: "line",
          valueLabels: style.exporting,
          data: {
            labels: labelsOf,
            datasets: [
              {
                label: labels.axisHours,
                data: hours,
                showLine: false,
                pointStyle: "circle",
                pointRadius: fontSize.marker * 1.3,
                pointHoverRadius: fontSize.marker * 1.3 + 2,
                backgroundColor: colours,
                borderColor: colours,
                datalabels: valueLabels,
              },
            ],
          },
          options: {
            ...base,
            indexAxis: "y",
            plugins,
            scales: {
              x: {
                ...style.axis({ title: labels.axisHours }),
                ...logAxis,
                ticks: { ...style.axis().ticks, ...logAxis.ticks, maxRotation: 0 },
              },
              y: categoryAxis,
            },
          },
        };
      }
      const top = niceAxisMax(hours, style.exporting ? 0.16 : 0.08);
      return {
        type: "bar",
        valueLabels: style.exporting,
        data: {
          labels: labelsOf,
          datasets: [
            {
              label: labels.axisHours,
              data: hours,
              backgroundColor: colours,
              maxBarThickness: fontSize.marker * 10,
              datalabels: valueLabels,
            },
          ],
        },
        options: {
          ...base,
          indexAxis: "y",
          plugins,
          scales: {
            x: {
              ...style.axis({ title: labels.axisHours }),
              beginAtZero: true,
              max: top.max,
              ticks: {
                ...style.axis().ticks,
                // Never rotated: on a narrow chart every other tick is left out instead.
                maxRotation: 0,
                autoSkipPadding: 8,
                stepSize: top.step,
                callback: (value) => formatDecimal(Number(value), context.locale, context.locale === "zh" ? 0 : 1),
              },
            },
            y: categoryAxis,
          },
        },
      };
    },
  };
}

/** The GPU-hours panel: what the page's panel shows and the exports carry, for the runs priced at the state's price. */
export function trainingChartPanel({
  locale,
  runs,
  scale,
  subtitle,
  price,
  caveats,
  fileBase,
  labels,
  logScaleNote,
}: {
  locale: AppLocale;
  runs: TrainingRunCost[];
  scale: ChartScale;
  subtitle: string;
  price: string;
  caveats: string[];
  fileBase: string;
  labels: TrainingChartLabels;
  logScaleNote: string;
}): PanelContent {
  return {
    id: "training-gpu-hours",
    title: labels.chartTitle,
    subtitle,
    source: labels.chartSource,
    fileBase,
    table: trainingChartTable(runs, labels, locale),
    spec: trainingChartSpec(runs, scale, labels, price),
    notes: scale === "log" ? [...caveats, logScaleNote] : caveats,
  };
}
