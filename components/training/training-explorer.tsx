"use client";

import type { ChartOptions } from "chart.js";
import type { Messages } from "next-intl";
import { useState, type FormEvent } from "react";
import { useChartHandle } from "@/components/charts/chart-handle";
import { ChartPanel, type ChartPanelLabels } from "@/components/charts/chart-panel";
import { LazyChartCanvas } from "@/components/charts/lazy-chart-canvas";
import { SourceBadge, type FigureOrigin } from "@/components/ui/source-badge";
import type { AppLocale } from "@/i18n/routing";
import { formatGpuHoursMillions, formatUsdMillions, formatUsdPerGpuHour, gpuHoursInLocaleUnit } from "@/lib/format";
import { fillTemplate } from "@/lib/template";
import { costRuns, type TrainingRunInput } from "@/lib/training/cost";
import { trainingChartSubtitle, trainingChartTable, trainingCostOrigin, trainingFileBase, trainingRunLabel } from "@/lib/training/words";
import { MAX_PRICE_USD, MIN_PRICE_USD, roundPrice, serializeTrainingQuery, type ChartScale, type TrainingViewState } from "@/lib/training/view-state";

/**
 * Strings from the "Training" messages, typed from them; `chartSubtitle`, `atPrice`, `tooltipCost` and
 * the bar labels are templates filled here, `priceHint`, `chartAlt` and `v3CostNote` come filled by the page.
 */
export type TrainingExplorerLabels = Pick<
  Messages["Training"],
  | "controls" | "scale" | "scaleLinear" | "scaleLog" | "price" | "priceHint" | "apply" | "chartTitle" | "chartSubtitle" | "chartAlt" | "chartSource"
  | "axisHours" | "atPrice" | "tooltipCost" | "v3Cost" | "v3CostNote" | "llamaCost" | "llamaCostNote" | "costSourceReport" | "costSourceWhatIf"
  | "barV3" | "barLlama" | "barOther" | "colRun" | "colGpu" | "colHours"
>;

type Props = {
  locale: AppLocale;
  /** DeepSeek-V3 first, then Llama 3 (the baseline). */
  runs: [TrainingRunInput, TrainingRunInput];
  initialState: TrainingViewState;
  labels: TrainingExplorerLabels;
  /** The origin badges' words (Origin messages). */
  originLabels: Record<FigureOrigin, string>;
  panelLabels: ChartPanelLabels;
  /** Embed mode: the chart alone, without the what-if form and cost tiles. */
  embed?: boolean;
};

const BAR_COLOURS = ["#1d4ed8", "#94a3b8"];

function logDecades(values: number[]): { min: number; max: number } {
  return { min: 10 ** Math.floor(Math.log10(Math.min(...values))), max: 10 ** Math.ceil(Math.log10(Math.max(...values))) };
}

/** The price what-if and the GPU-hours chart; state lives in the URL (replaced, so Back leaves the view). */
export function TrainingExplorer({ locale, runs, initialState, labels, originLabels, panelLabels, embed = false }: Props) {
  const [state, setState] = useState(initialState);
  const [priceText, setPriceText] = useState(String(initialState.priceUsdPerGpuHour));
  const chart = useChartHandle();

  const update = (next: TrainingViewState) => {
    setState(next);
    const query = serializeTrainingQuery(next);
    window.history.replaceState(null, "", query ? `${window.location.pathname}?${query}` : window.location.pathname);
  };

  const candidate = Number(priceText);
  const priceValid = priceText.trim() !== "" && Number.isFinite(candidate) && candidate >= MIN_PRICE_USD && candidate <= MAX_PRICE_USD;
  const onPriceChange = (text: string) => {
    setPriceText(text);
    const price = Number(text);
    if (text.trim() !== "" && Number.isFinite(price) && price >= MIN_PRICE_USD && price <= MAX_PRICE_USD) {
      update({ ...state, priceUsdPerGpuHour: roundPrice(price) });
    }
  };
  const onSubmit = (event: FormEvent) => {
    // Without JavaScript the form GETs the same page with ?scale=…&price=…; with it, state is already applied.
    event.preventDefault();
    setPriceText(String(state.priceUsdPerGpuHour));
  };

  const priced = costRuns(runs, state.priceUsdPerGpuHour);
  const [v3, llama] = priced as [(typeof priced)[number], (typeof priced)[number]];
  const price = formatUsdPerGpuHour(state.priceUsdPerGpuHour, locale);
  const atPrice = fillTemplate(labels.atPrice, { price });
  const subtitle = trainingChartSubtitle(state, labels);
  const hours = runs.map((run) => gpuHoursInLocaleUnit(run.gpuHoursMillion, locale));

  const options: ChartOptions<"bar"> = {
    animation: false,
    locale: locale === "zh" ? "zh-CN" : "en-US",
    responsive: true,
    maintainAspectRatio: false,
    plugins: {
      // One series, named by the value axis.
      legend: { display: false },
      tooltip: {
        callbacks: {
          label: (item) => {
            const run = priced[item.dataIndex];
            return run ? [formatGpuHoursMillions(run.gpuHoursMillion, locale), fillTemplate(labels.tooltipCost, { cost: formatUsdMillions(run.costUsdMillion, locale), price })] : "";
          },
        },
      },
    },
    scales: {
      x: { grid: { display: false } },
      y: {
        type: state.scale === "log" ? "logarithmic" : "linear",
        beginAtZero: state.scale === "linear",
        // Whole decades on the log axis, so the smaller bar starts from a visible baseline.
        ...(state.scale === "log" ? logDecades(hours) : {}),
        title: { display: true, text: labels.axisHours },
      },
    },
  };

  const costTiles = [
    { id: "v3-cost", label: labels.v3Cost, value: formatUsdMillions(v3.costUsdMillion, locale), note: atPrice, detail: labels.v3CostNote, origin: trainingCostOrigin(v3, state.priceUsdPerGpuHour) },
    { id: "llama-cost", label: labels.llamaCost, value: formatUsdMillions(llama.costUsdMillion, locale), note: atPrice, detail: labels.llamaCostNote, origin: trainingCostOrigin(llama, state.priceUsdPerGpuHour) },
  ];

  const segment = "cursor-pointer px-3 py-1.5 text-sm has-checked:bg-accent has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-accent";
  return (
    <div className="space-y-6">
      {embed ? null : (
        <>
          <form method="get" onSubmit={onSubmit} aria-label={labels.controls} className="print-hidden flex flex-wrap items-end gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-4">
            <fieldset>
              <legend className="mb-1 text-sm font-medium text-slate-700">{labels.scale}</legend>
              <div className="inline-flex overflow-hidden rounded-md border border-slate-300">
                {(["linear", "log"] as const satisfies ChartScale[]).map((scale) => (
                  <label key={scale} className={segment}>
                    <input
                      type="radio"
                      name="scale"
                      value={scale}
                      checked={state.scale === scale}
                      onChange={() => update({ ...state, scale })}
                      className="sr-only"
                      data-testid={`scale-${scale}`}
                    />
                    {scale === "log" ? labels.scaleLog : labels.scaleLinear}
                  </label>
                ))}
              </div>
            </fieldset>
            <div>
              <label htmlFor="training-price" className="mb-1 block text-sm font-medium text-slate-700">{labels.price}</label>
              <input
                id="training-price"
                name="price"
                type="number"
                inputMode="decimal"
                min={MIN_PRICE_USD}
                max={MAX_PRICE_USD}
                step={0.01}
                value={priceText}
                onChange={(event) => onPriceChange(event.target.value)}
                onBlur={() => setPriceText(String(state.priceUsdPerGpuHour))}
                aria-invalid={!priceValid}
                aria-describedby="training-price-hint"
                className="w-28 rounded-md border border-slate-300 px-2 py-1.5 text-sm tabular-nums aria-invalid:border-rose-500"
              />
              <p id="training-price-hint" className="mt-1 text-xs text-slate-500">{labels.priceHint}</p>
            </div>
            <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100">{labels.apply}</button>
          </form>

          <ul className="grid gap-4 sm:grid-cols-2">
            {costTiles.map((tile) => (
              <li key={tile.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <p className="flex items-center gap-2 text-sm text-slate-600" data-testid={`${tile.id}-origin`} data-origin={tile.origin}>
                  {tile.label}
                  <SourceBadge origin={tile.origin} label={originLabels[tile.origin]} source={tile.origin === "note" ? labels.costSourceReport : fillTemplate(labels.costSourceWhatIf, { price })} />
                </p>
                <p data-testid={tile.id} className="mt-1 text-2xl font-semibold tabular-nums">{tile.value}</p>
                <p className="mt-1 text-sm text-slate-700">{tile.note}</p>
                <p className="mt-1 text-xs text-slate-500">{tile.detail}</p>
              </li>
            ))}
          </ul>
        </>
      )}

      <ChartPanel
        chart={chart}
        id="training-gpu-hours"
        title={labels.chartTitle}
        subtitle={subtitle}
        source={labels.chartSource}
        fileBase={trainingFileBase(state)}
        table={trainingChartTable(runs, labels, locale)}
        labels={panelLabels}
        locale={locale}
        query={serializeTrainingQuery(state)}
      >
        <div className="h-80" data-testid="training-chart" data-scale={state.scale}>
          <LazyChartCanvas
            type="bar"
            onChart={chart.attach}
            ariaLabel={labels.chartAlt}
            data={{
              labels: runs.map((run) => trainingRunLabel(run, labels)),
              datasets: [{ label: labels.axisHours, data: hours, backgroundColor: BAR_COLOURS, maxBarThickness: 96 }],
            }}
            options={options}
          />
        </div>
      </ChartPanel>
    </div>
  );
}
