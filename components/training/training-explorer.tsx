"use client";

import { useState, type FormEvent } from "react";
import type { ChartPanelLabels } from "@/components/charts/chart-panel";
import type { AppLocale } from "@/i18n/routing";
import { formatUsdMillions, formatUsdPerGpuHour } from "@/lib/format";
import { fillTemplate } from "@/lib/template";
import { costRuns, type TrainingRunInput } from "@/lib/training/cost";
import { trainingChartSubtitle, trainingFileBase } from "@/lib/training/words";
import { MAX_PRICE_USD, MIN_PRICE_USD, roundPrice, serializeTrainingQuery, type ChartScale, type TrainingViewState } from "@/lib/training/view-state";
import { TrainingChart } from "./training-chart";

/** Strings from the "Training" messages; `chartSubtitle` and `atPrice` are templates filled here. */
export type TrainingExplorerLabels = {
  controls: string;
  scale: string;
  scaleLinear: string;
  scaleLog: string;
  price: string;
  priceHint: string;
  apply: string;
  chartTitle: string;
  chartSubtitle: string;
  /** The figures in a sentence, for the chart's accessible name. */
  chartFigures: string;
  chartSource: string;
  axisHours: string;
  atPrice: string;
  v3Cost: string;
  /** What the V3 report itself says, shown under the what-if cost. */
  v3CostNote: string;
  llamaCost: string;
  llamaCostNote: string;
  colModel: string;
  colGpu: string;
  colHoursM: string;
  colCost: string;
  colCostBasis: string;
  basisReport: string;
  basisWhatIf: string;
  /** The page's caveats, which exported charts carry as footnotes. */
  caveats: string[];
};

type Props = {
  locale: AppLocale;
  /** DeepSeek-V3 first, then Llama 3 (the baseline). */
  runs: [TrainingRunInput, TrainingRunInput];
  initialState: TrainingViewState;
  labels: TrainingExplorerLabels;
  panelLabels: ChartPanelLabels;
  /** Embed mode: the chart alone, without the what-if form and cost tiles. */
  embed?: boolean;
};

/** The price what-if and the GPU-hours chart; state lives in the URL (replaced, so Back leaves the view). */
export function TrainingExplorer({ locale, runs, initialState, labels, panelLabels, embed = false }: Props) {
  const [state, setState] = useState(initialState);
  const [priceText, setPriceText] = useState(String(initialState.priceUsdPerGpuHour));

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
  const subtitle = trainingChartSubtitle(state, labels, locale);

  const costTiles = [
    { id: "v3-cost", label: labels.v3Cost, value: formatUsdMillions(v3.costUsdMillion, locale), note: atPrice, detail: labels.v3CostNote },
    { id: "llama-cost", label: labels.llamaCost, value: formatUsdMillions(llama.costUsdMillion, locale), note: atPrice, detail: labels.llamaCostNote },
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
                <p className="text-sm text-slate-600">{tile.label}</p>
                <p data-testid={tile.id} className="mt-1 text-2xl font-semibold tabular-nums">{tile.value}</p>
                <p className="mt-1 text-sm text-slate-700">{tile.note}</p>
                <p className="mt-1 text-xs text-slate-500">{tile.detail}</p>
              </li>
            ))}
          </ul>
        </>
      )}

      <TrainingChart
        locale={locale}
        runs={priced}
        scale={state.scale}
        subtitle={subtitle}
        atPrice={atPrice}
        description={labels.chartFigures}
        caveats={labels.caveats}
        caveatsOnScreen={embed}
        fileBase={trainingFileBase(state)}
        query={serializeTrainingQuery(state)}
        labels={labels}
        panelLabels={panelLabels}
      />
    </div>
  );
}
