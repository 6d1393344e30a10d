import { chartStyle, type ChartSpec } from "@/components/charts/chart-config";
import { honestLogAxis } from "@/components/charts/log-axis";
import { niceAxisMax } from "@/lib/charts/scale";
import { formatDecimal, formatInteger } from "@/lib/format";
import { modelsLegendColour, modelsValueColour, type ModelsChartData } from "@/lib/models/chart-spec";

/** Builds the Models view's chart (prepared on the server) in the design system: region colours, honest log axis. */
export function modelsChartSpec(chart: ModelsChartData): ChartSpec {
  return {
    kind: chart.layout === "dots" ? "dots" : "bar",
    build: (context) => {
      const style = chartStyle(context);
      const { palette, fontSize } = style;
      const series = Object.fromEntries(
        chart.legend
          .filter((entry) => entry.region)
          .map((entry) => [`region:${entry.region}`, modelsLegendColour(entry, palette)]),
      );
      const base = style.base(series);
      const legend = style.legend(
        chart.legend.length > 0,
        chart.legend.map((entry, index) =>
          style.swatch(
            entry.label,
            modelsLegendColour(entry, palette),
            chart.layout === "dots" ? "circle" : "rect",
            chart.layout === "grouped" ? index : undefined,
          ),
        ),
      );
      const colours = (index: number) =>
        chart.series[index]!.data.map((_, value) => modelsValueColour(chart.series[index]!, value, palette));

      if (chart.layout === "dots") {
        const logAxis = honestLogAxis(
          chart.series.flatMap((entry) => entry.data),
          context.locale,
          fontSize.tick,
        );
        return {
          type: "line",
          valueLabels: style.exporting,
          data: {
            labels: chart.categories,
            datasets: chart.series.map((entry, index) => ({
              label: entry.label,
              data: entry.data,
              showLine: false,
              pointStyle: "circle",
              pointRadius: fontSize.marker,
              pointHoverRadius: fontSize.marker + 2,
              backgroundColor: colours(index),
              borderColor: colours(index),
              datalabels: style.valueLabels((value) => formatDecimal(Number(value), context.locale, 1), {
                anchor: "center",
                align: "right",
                offset: fontSize.marker + 4,
              }),
            })),
          },
          options: {
            ...base,
            indexAxis: "y",
            plugins: { ...base.plugins, legend, tooltip: style.tooltip() },
            scales: {
              x: {
                ...style.axis({ title: chart.valueAxisTitle }),
                ...logAxis,
                ticks: { ...style.axis().ticks, ...logAxis.ticks },
              },
              // A dotted guide from each model's name to its dot.
              y: {
                ...style.axis(),
                offset: true,
                grid: { display: true, color: palette.grid, lineWidth: 1 },
                ticks: { ...style.categoryTicks(), autoSkip: false },
              },
            },
          },
        };
      }

      const stacked = chart.layout === "stacked";
      const totals = chart.categories.map((_, index) =>
        stacked
          ? chart.series.reduce((sum, entry) => sum + (entry.data[index] ?? 0), 0)
          : Math.max(...chart.series.map((entry) => entry.data[index] ?? 0)),
      );
      const nice = niceAxisMax(totals, style.exporting ? 0.16 : 0.08);
      // Counts of models: whole steps.
      const step = Math.max(1, nice.step);
      const top = { step, max: Math.ceil(nice.max / step) * step };
      return {
        type: "bar",
        valueLabels: style.exporting,
        data: {
          labels: chart.categories,
          datasets: chart.series.map((entry, index) => ({
            label: entry.label,
            data: entry.data,
            backgroundColor: colours(index),
            borderColor: chart.series[index]!.data.map((_, value) => palette.region[entry.regions[value] ?? "US"]),
            borderWidth: entry.tint ? 1 : 0,
            pointStyle: "rect",
            datalabels: stacked
              ? {
                  ...style.valueLabels((value) => formatInteger(Number(value), context.locale), {
                    anchor: "center",
                    align: "center",
                    offset: 0,
                  }),
                  color: palette.surface,
                  display: (label) =>
                    style.exporting && Number(label.dataset.data[label.dataIndex]) > 0 ? "auto" : false,
                }
              : style.valueLabels((value) => formatInteger(Number(value), context.locale)),
          })),
        },
        options: {
          ...base,
          plugins: { ...base.plugins, legend, tooltip: style.tooltip() },
          scales: {
            x: { ...style.axis({ grid: false }), stacked, ticks: style.categoryTicks() },
            y: {
              ...style.axis({ title: chart.valueAxisTitle }),
              stacked,
              beginAtZero: true,
              max: top.max,
              ticks: { ...style.axis().ticks, stepSize: top.step, precision: 0 },
            },
          },
        },
      };
    },
  };
}
