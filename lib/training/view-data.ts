import "server-only";

import { getTranslations } from "next-intl/server";
import { cache } from "react";

import type { AppLocale } from "@/i18n/routing";
import { getKeyFigures } from "@/lib/db/key-figures";
import { resolveDataVersion } from "@/lib/db/pinned-data";
import { listTrainingRuns, type TrainingRunRecord } from "@/lib/db/training";
import { isEmbedQuery } from "@/lib/embed/embed-mode";
import { originLabels } from "@/lib/figures/origin-labels";
import {
  formatGpuHoursMillions,
  formatPercent,
  formatStatedUsdMillions,
  formatUsdPerGpuHour,
  formatUsdPerGpuHourRange,
} from "@/lib/format";
import { DATA_VERSION_PARAM, parseDataVersionParam } from "@/lib/url-state/data-version";
import type { RawSearchParams } from "@/lib/url-state/search-params";
import type { FigureOrigin } from "@/lib/vocabulary";

import { gpuHoursRatio } from "./cost";
import type { TrainingExplorerLabels } from "./explorer-labels";
import { DEFAULT_PRICE_USD, MAX_PRICE_USD, MIN_PRICE_USD, parseTrainingQuery } from "./params";

type Translate = Awaited<ReturnType<typeof getTranslations<"Training">>>;

/**
 * What the Training view shows for its URL: the two runs the note compares (checked: the view cannot
 * stand without them), the explorer's strings, the stat tiles and sources with their origins.
 * Derived once per request (React cache). A link's `v=` pins it as the other views' links are (its
 * exports and Copy link name the version); the training runs and the note's key figures are not
 * edited in the app, so every version has today's (lib/versions/pinned-views.ts).
 */
export const loadTrainingView = cache(async (raw: RawSearchParams, locale: AppLocale) => {
  const requested = parseDataVersionParam(raw);
  const [t, origins, runs, figures, pin] = await Promise.all([
    getTranslations({ locale, namespace: "Training" }),
    originLabels(locale),
    listTrainingRuns(locale),
    getKeyFigures(locale),
    resolveDataVersion(requested.version, "training"),
  ]);
  const { notices } = parseTrainingQuery(raw);
  notices.push(...requested.notices);
  if (pin.unknown !== null)
    notices.push({ key: "dataVersionUnknown", values: { value: pin.unknown }, params: [DATA_VERSION_PARAM] });
  const v3 = runs.find((run) => run.slug === "deepseek-v3");
  const llama = runs.find((run) => run.slug === "llama-3");
  const stated = figures.get("training_ratio_stated");
  if (!v3 || !llama || !stated) throw new Error("The training runs or their ratio are missing from the database");

  const ratio = (value: number) => formatPercent(value, locale, { digits: 2 });
  const hours = (run: TrainingRunRecord) => formatGpuHoursMillions(run.gpuHoursMillion, locale);
  // The stated "about 7%" is the note's; the 7.09% is worked out here from the two GPU-hour figures.
  const computedFrom = t("ratioComputedFrom", { v3: hours(v3), llama: hours(llama) });
  const stats: { id: string; label: string; value: string; note: string; origin: FigureOrigin; source: string }[] = [
    { id: "v3-hours", label: t("v3Hours"), value: hours(v3), note: v3.gpu, origin: "note", source: v3.source },
    {
      id: "llama-hours",
      label: t("llamaHours"),
      value: hours(llama),
      note: llama.gpu,
      origin: "note",
      source: llama.source,
    },
    {
      id: "ratio",
      label: t("ratio"),
      value: t("ratioValue", { stated: ratio(stated.value) }),
      note: t("ratioNote", { computed: ratio(gpuHoursRatio(v3, llama)) }),
      origin: "note",
      source: stated.source,
    },
  ];
  const sources: { id: string; origin: FigureOrigin; text: string }[] = [
    { id: "v3", origin: "note", text: v3.source },
    { id: "llama", origin: "note", text: llama.source },
    { id: "ratio", origin: "computed", text: computedFrom },
  ];
  const caveats = [t("caveatGpus"), t("caveatFinalRun"), t("caveatPrice")];
  const toRun = (run: TrainingRunRecord) => ({
    slug: run.slug,
    model: run.model,
    gpu: run.gpu,
    gpuHoursMillion: run.gpuHoursMillion,
  });
  return {
    t,
    notices,
    /** The data version the view shows (pinned) or would be pinned to (current), lib/db/pinned-data.ts. */
    pin,
    embed: isEmbedQuery(raw),
    runs: [toRun(v3), toRun(llama)] as [ReturnType<typeof toRun>, ReturnType<typeof toRun>],
    labels: explorerLabels(t, locale, { v3, llama, statedRatio: ratio(stated.value), caveats }),
    originLabels: origins,
    stats,
    sources,
    computedFrom,
    caveats,
  };
});

const LABEL_KEYS = [
  "controls",
  "scale",
  "scaleLinear",
  "scaleLog",
  "price",
  "apply",
  "chartTitle",
  "axisHours",
  "chartSource",
  "v3Cost",
  "llamaCost",
  "llamaCostNote",
  "costSourceReport",
  "colRun",
  "colGpu",
  "colHours",
] as const;
// Templates the explorer fills with its state, handed over unformatted.
const TEMPLATE_KEYS = [
  "chartSubtitle",
  "atPrice",
  "tooltipCost",
  "costSourceWhatIf",
  "barV3",
  "barLlama",
  "barOther",
  "priceClamped",
] as const;

function explorerLabels(
  t: Translate,
  locale: AppLocale,
  {
    v3,
    llama,
    statedRatio,
    caveats,
  }: { v3: TrainingRunRecord; llama: TrainingRunRecord; statedRatio: string; caveats: string[] },
): TrainingExplorerLabels {
  return {
    ...(Object.fromEntries(LABEL_KEYS.map((key) => [key, t(key)])) as Record<(typeof LABEL_KEYS)[number], string>),
    ...(Object.fromEntries(TEMPLATE_KEYS.map((key) => [key, t.raw(key) as string])) as Record<
      (typeof TEMPLATE_KEYS)[number],
      string
    >),
    priceHint: t("priceHint", { range: formatUsdPerGpuHourRange(MIN_PRICE_USD, MAX_PRICE_USD, locale) }),
    chartFigures: t("chartFigures", {
      v3: formatGpuHoursMillions(v3.gpuHoursMillion, locale),
      llama: formatGpuHoursMillions(llama.gpuHoursMillion, locale),
      ratio: statedRatio,
    }),
    caveats,
    v3CostNote: t("v3CostNote", {
      cost: v3.costUsdMillion === null ? "—" : formatStatedUsdMillions(v3.costUsdMillion, locale),
      price: formatUsdPerGpuHour(DEFAULT_PRICE_USD, locale),
    }),
  };
}
