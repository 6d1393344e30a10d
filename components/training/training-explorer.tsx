"use client";

import type { FormEvent } from "react";

import type { ChartPanelLabels } from "@/components/charts/chart-panel";
import { SourceBadge } from "@/components/ui/source-badge";
import type { AppLocale } from "@/i18n/routing";
import { formatDecimal, formatStatedUsdMillions, formatUsdMillions, formatUsdPerGpuHour } from "@/lib/format";
import { fillTemplate } from "@/lib/template";
import { costRuns, type TrainingRunInput } from "@/lib/training/cost";
import type { TrainingExplorerLabels } from "@/lib/training/explorer-labels";
import {
  CHART_SCALES,
  MAX_PRICE_USD,
  MIN_PRICE_USD,
  roundPrice,
  serializeTrainingQuery,
} from "@/lib/training/view-state";
import { trainingChartSubtitle, trainingCostOrigin, trainingFileBase } from "@/lib/training/words";
import type { FigureOrigin } from "@/lib/vocabulary";

import { useClampedNumberInput } from "../ui/use-clamped-number-input";
import { TrainingChart } from "./training-chart";
import { useTrainingUrlState } from "./use-training-url-state";

type Props = {
  locale: AppLocale;
  /** DeepSeek-V3 first, then Llama 3 (the baseline). */
  runs: [TrainingRunInput, TrainingRunInput];
  labels: TrainingExplorerLabels;
  /** The origin badges' words (Origin messages). */
  originLabels: Record<FigureOrigin, string>;
  panelLabels: ChartPanelLabels;
  /** Embed mode: the chart alone, without the what-if form and cost tiles. */
  embed?: boolean;
};

const PRICE_RANGE = { min: MIN_PRICE_USD, max: MAX_PRICE_USD, round: roundPrice };

/**
 * The price what-if and the GPU-hours chart. The state is the URL (useTrainingUrlState: replaced on
 * each edit, so Back leaves the view, and re-read on Back, Forward and a locale switch).
 */
export function TrainingExplorer({ locale, runs, labels, originLabels, panelLabels, embed = false }: Props) {
  const [state, setState] = useTrainingUrlState();
  const priceField = useClampedNumberInput(state.priceUsdPerGpuHour, PRICE_RANGE, (priceUsdPerGpuHour) =>
    setState({ ...state, priceUsdPerGpuHour }),
  );

  const amount = (price: number) => formatDecimal(price, locale, 2);
  const { clamped } = priceField;
  const clampedMessage = clamped
    ? fillTemplate(labels.priceClamped, {
        typed: amount(clamped.typed),
        min: amount(MIN_PRICE_USD),
        max: amount(MAX_PRICE_USD),
        applied: amount(clamped.applied),
      })
    : null;
  const onSubmit = (event: FormEvent) => {
    // Without JavaScript the form GETs the same page with ?scale=…&price=…; with it, state is already
    // applied (and Enter has put the applied price back in the field).
    event.preventDefault();
  };

  const priced = costRuns(runs, state.priceUsdPerGpuHour);
  const [v3, llama] = priced as [(typeof priced)[number], (typeof priced)[number]];
  const price = formatUsdPerGpuHour(state.priceUsdPerGpuHour, locale);
  const atPrice = fillTemplate(labels.atPrice, { price });
  const subtitle = trainingChartSubtitle(state, labels);

  const costTiles = [
    {
      id: "v3-cost",
      label: labels.v3Cost,
      // The note's USD 5.576 mn at its own precision; a what-if price gives the app's 0.1 mn.
      value:
        trainingCostOrigin(v3, state.priceUsdPerGpuHour) === "note"
          ? formatStatedUsdMillions(v3.costUsdMillion, locale)
          : formatUsdMillions(v3.costUsdMillion, locale),
      note: atPrice,
      detail: labels.v3CostNote,
      origin: trainingCostOrigin(v3, state.priceUsdPerGpuHour),
    },
    {
      id: "llama-cost",
      label: labels.llamaCost,
      value: formatUsdMillions(llama.costUsdMillion, locale),
      note: atPrice,
      detail: labels.llamaCostNote,
      origin: trainingCostOrigin(llama, state.priceUsdPerGpuHour),
    },
  ];

  const segment =
    "cursor-pointer px-3 py-1.5 text-sm has-checked:bg-accent has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-accent";
  return (
    <div className="space-y-6">
      {embed ? null : (
        <>
          <form
            method="get"
            onSubmit={onSubmit}
            aria-label={labels.controls}
            className="print-hidden flex flex-wrap items-end gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-4"
          >
            <fieldset>
              <legend className="mb-1 text-sm font-medium text-slate-700">{labels.scale}</legend>
              <div className="inline-flex overflow-hidden rounded-md border border-slate-300">
                {CHART_SCALES.map((scale) => (
                  <label key={scale} className={segment}>
                    <input
                      type="radio"
                      name="scale"
                      value={scale}
                      checked={state.scale === scale}
                      onChange={() => setState({ ...state, scale })}
                      className="sr-only"
                      data-testid={`scale-${scale}`}
                    />
                    {scale === "log" ? labels.scaleLog : labels.scaleLinear}
                  </label>
                ))}
              </div>
            </fieldset>
            <div>
              <label htmlFor="training-price" className="mb-1 block text-sm font-medium text-slate-700">
                {labels.price}
              </label>
              <input
                {...priceField.inputProps}
                id="training-price"
                name="price"
                step={0.01}
                aria-describedby="training-price-hint"
                className="w-28 rounded-md border border-slate-300 px-2 py-1.5 text-sm tabular-nums aria-invalid:border-amber-500"
              />
              {/* A live region in the page from the start, so the clamp message is announced when it appears. */}
              <p
                id="training-price-hint"
                role="status"
                data-testid="training-price-hint"
                className={`mt-1 text-xs ${clampedMessage ? "text-amber-800" : "text-slate-500"}`}
              >
                {clampedMessage ?? labels.priceHint}
              </p>
            </div>
            <button
              type="submit"
              className="rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100"
            >
              {labels.apply}
            </button>
          </form>

          <ul className="grid gap-4 sm:grid-cols-2">
            {costTiles.map((tile) => (
              <li key={tile.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <p
                  className="flex items-center gap-2 text-sm text-slate-600"
                  data-testid={`${tile.id}-origin`}
                  data-origin={tile.origin}
                >
                  {tile.label}
                  <SourceBadge
                    origin={tile.origin}
                    label={originLabels[tile.origin]}
                    source={
                      tile.origin === "note"
                        ? labels.costSourceReport
                        : fillTemplate(labels.costSourceWhatIf, { price })
                    }
                  />
                </p>
                <p data-testid={tile.id} className="mt-1 text-2xl font-semibold tabular-nums">
                  {tile.value}
                </p>
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
        price={price}
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
