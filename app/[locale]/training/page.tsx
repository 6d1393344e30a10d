import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getChartPanelLabels } from "@/components/charts/chart-panel-labels";
import { TrainingExplorer, type TrainingExplorerLabels } from "@/components/training/training-explorer";
import { NoticeList } from "@/components/ui/notice-list";
import { PageHeading } from "@/components/ui/page-heading";
import { SourceBadge } from "@/components/ui/source-badge";
import { resolveLocale } from "@/i18n/locale";
import { isEmbedQuery } from "@/lib/embed/embed-mode";
import { viewMetadata } from "@/lib/og/metadata";
import { getKeyFigures } from "@/lib/db/key-figures";
import { listTrainingRuns } from "@/lib/db/training";
import { formatGpuHoursMillions, formatPercent, formatUsdMillions, formatUsdPerGpuHour } from "@/lib/format";
import { originLabels as originLabelsOf } from "@/lib/figures/origin-labels";
import { gpuHoursRatio } from "@/lib/training/cost";
import { DEFAULT_PRICE_USD, MAX_PRICE_USD, MIN_PRICE_USD, parseTrainingQuery } from "@/lib/training/params";
import { shownNotices, type RawSearchParams } from "@/lib/url-state/notice";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Training" });
  return viewMetadata("training", await searchParams, locale, "/training", t("title"));
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export default async function TrainingPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const [t, notices, originLabels, runs, figures, panelLabels, query] = await Promise.all([
    getTranslations({ locale, namespace: "Training" }),
    getTranslations({ locale, namespace: "Notices" }),
    originLabelsOf(locale),
    listTrainingRuns(locale),
    getKeyFigures(locale),
    getChartPanelLabels(locale),
    searchParams,
  ]);
  const { notices: urlNotices } = parseTrainingQuery(query);
  const v3 = runs.find((run) => run.slug === "deepseek-v3");
  const llama = runs.find((run) => run.slug === "llama-3");
  const stated = figures.get("training_ratio_stated");
  if (!v3 || !llama || !stated) throw new Error("The training runs or their ratio are missing from the database");

  const ratio = (value: number) => formatPercent(value, locale, { digits: 2 });
  const labelKeys = [
    "controls", "scale", "scaleLinear", "scaleLog", "price", "apply", "chartTitle", "axisHours", "chartSource",
    "v3Cost", "llamaCost", "llamaCostNote", "costSourceReport", "colRun", "colGpu", "colHours",
  ] as const;
  // Templates the explorer fills with its state, handed over unformatted.
  const templateKeys = ["chartSubtitle", "atPrice", "tooltipCost", "costSourceWhatIf", "barV3", "barLlama", "barOther"] as const;
  const labels: TrainingExplorerLabels = {
    ...(Object.fromEntries(labelKeys.map((key) => [key, t(key)])) as Record<(typeof labelKeys)[number], string>),
    ...(Object.fromEntries(templateKeys.map((key) => [key, t.raw(key) as string])) as Record<(typeof templateKeys)[number], string>),
    priceHint: t("priceHint", { min: formatUsdPerGpuHour(MIN_PRICE_USD, locale), max: formatUsdPerGpuHour(MAX_PRICE_USD, locale) }),
    priceClamped: t.raw("priceClamped") as string,
    chartFigures: t("chartFigures", { v3: formatGpuHoursMillions(v3.gpuHoursMillion, locale), llama: formatGpuHoursMillions(llama.gpuHoursMillion, locale), ratio: ratio(stated.value) }),
    caveats: [t("caveatGpus"), t("caveatFinalRun"), t("caveatPrice")],
    v3CostNote: t("v3CostNote", {
      cost: v3.costUsdMillion === null ? "—" : formatUsdMillions(v3.costUsdMillion, locale),
      price: formatUsdPerGpuHour(DEFAULT_PRICE_USD, locale),
    }),
  };
  const toRun = (run: typeof v3) => ({ slug: run.slug, model: run.model, gpu: run.gpu, gpuHoursMillion: run.gpuHoursMillion });

  const explorer = (
    <TrainingExplorer
      locale={locale}
      runs={[toRun(v3), toRun(llama)]}
      labels={labels}
      originLabels={originLabels}
      panelLabels={panelLabels}
      embed={isEmbedQuery(query)}
    />
  );
  const noticeTexts = shownNotices(urlNotices, query, (notice) => notices(notice.key, notice.values));
  if (isEmbedQuery(query)) {
    return (
      <>
        <NoticeList notices={noticeTexts} compact />
        {explorer}
      </>
    );
  }

  // The stated "about 7%" is the note's; the 7.09% is worked out here from the two GPU-hour figures.
  const computedFrom = t("ratioComputedFrom", { v3: formatGpuHoursMillions(v3.gpuHoursMillion, locale), llama: formatGpuHoursMillions(llama.gpuHoursMillion, locale) });
  const stats = [
    { id: "v3-hours", label: t("v3Hours"), value: formatGpuHoursMillions(v3.gpuHoursMillion, locale), note: v3.gpu, origin: "note" as const, source: v3.source },
    { id: "llama-hours", label: t("llamaHours"), value: formatGpuHoursMillions(llama.gpuHoursMillion, locale), note: llama.gpu, origin: "note" as const, source: llama.source },
    { id: "ratio", label: t("ratio"), value: t("ratioValue", { stated: ratio(stated.value) }), note: t("ratioNote", { computed: ratio(gpuHoursRatio(v3, llama)) }), origin: "note" as const, source: stated.source },
  ];
  const sources = [
    { id: "v3", origin: "note" as const, text: v3.source },
    { id: "llama", origin: "note" as const, text: llama.source },
    { id: "ratio", origin: "computed" as const, text: computedFrom },
  ];

  return (
    <section>
      <PageHeading title={t("title")} subtitle={t("subtitle")} />
      <NoticeList notices={noticeTexts} />

      <ul className="mb-6 grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-3">
        {stats.map((stat) => (
          <li key={stat.id} className={`rounded-lg border border-slate-200 bg-white p-4 ${stat.id === "ratio" ? "col-span-2 lg:col-span-1" : ""}`}>
            <p className="flex items-center gap-2 text-sm text-slate-600">
              {stat.label}
              <SourceBadge origin={stat.origin} label={originLabels[stat.origin]} source={stat.source} />
            </p>
            <p data-testid={stat.id} className="mt-1 text-lg font-semibold tabular-nums sm:text-xl">{stat.value}</p>
            {stat.id === "ratio" ? (
              <p className="mt-1 flex items-center gap-1.5 text-xs text-slate-500" data-testid="ratio-computed" data-origin="computed">
                <SourceBadge origin="computed" label={originLabels.computed} source={computedFrom} />
                {stat.note}
              </p>
            ) : (
              <p className="mt-1 text-xs text-slate-500">{stat.note}</p>
            )}
          </li>
        ))}
      </ul>

      {explorer}

      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="caveats-title" data-testid="training-caveats" className="rounded-lg border border-amber-200 bg-amber-50 p-4">
          <h2 id="caveats-title" className="font-semibold text-amber-900">{t("caveatsTitle")}</h2>
          <ul className="mt-2 list-disc space-y-1.5 pl-5 text-sm text-amber-950">
            <li>{t("caveatGpus")}</li>
            <li>{t("caveatFinalRun")}</li>
            <li>{t("caveatPrice")}</li>
          </ul>
        </section>
        <section aria-labelledby="training-sources-title">
          <h2 id="training-sources-title" className="font-semibold">{t("sourcesTitle")}</h2>
          <ul className="mt-2 space-y-1.5 text-sm text-slate-600">
            {sources.map((source) => (
              <li key={source.id} className="flex items-start gap-1.5">
                <SourceBadge origin={source.origin} label={originLabels[source.origin]} source={source.text} />
                <span>{source.text}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </section>
  );
}
