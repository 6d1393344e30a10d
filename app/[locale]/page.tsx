import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { FigureSource } from "@/components/summary/figure-sources";
import { KeyFigureTile } from "@/components/summary/key-figure-tile";
import { RatingWithMeaning } from "@/components/summary/rating-with-meaning";
import { AfterTheNote } from "@/components/summary/after-the-note";
import { SourcesAndCorrections } from "@/components/summary/sources-and-corrections";
import { ThesisCard } from "@/components/summary/thesis-card";
import { resolveLocale } from "@/i18n/locale";
import { getKeyFigures } from "@/lib/db/key-figures";
import { listModels } from "@/lib/db/models";
import { getReport } from "@/lib/db/report";
import { listTrainingRuns } from "@/lib/db/training";
import { formatDate, formatFigure, formatInteger, formatPercent } from "@/lib/format";
import { pick } from "@/lib/locale";
import { viewMetadata } from "@/lib/og/metadata";
import { extractionCorrections } from "@/lib/summary/corrections";
import { keyFigureSourceTexts, selectKeyFigures, STARGATE_ANNOUNCED, type KeyFigure } from "@/lib/summary/figures";

type PageProps = { params: Promise<{ locale: string }> };

// Served from Next's cache: rendered on the first visit per locale (no database at build time),
// then again on the first visit after a write, on every instance (lib/cache/cached-views.ts). No
// time-based revalidation: with it, a stale entry's background refresh left the Summary's RSC
// prefetch hanging (seen in the full bench). The page reads nothing from the request; the proxy skips it.
export const revalidate = false;
export function generateStaticParams(): { locale: string }[] {
  return [];
}

/** The layout's title stays; the link preview shows the note and its headline capex figures. */
export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return viewMetadata("summary", {}, await resolveLocale(params), "");
}

/** The note as a research brief: the event, three theses, key figures, risks, sources, disclaimer. Server-only. */
export default async function SummaryPage({ params }: PageProps) {
  const locale = await resolveLocale(params);
  const [t, origin, report, figureRows, models, runs] = await Promise.all([
    getTranslations({ locale, namespace: "Summary" }),
    getTranslations({ locale, namespace: "Origin" }),
    getReport(),
    getKeyFigures(locale),
    listModels(),
    listTrainingRuns(locale),
  ]);
  const figures = selectKeyFigures(figureRows);
  const fmt = (figure: KeyFigure) => formatFigure(figure.value, figure.unit, locale);
  const growth = formatPercent(figures.capex_growth_2025.value, locale, { signed: true });
  // What a computed figure was computed from, in words; the others cite their source.
  const sourceTexts = keyFigureSourceTexts(figures, {
    capex_total_2025_implied: t("computedFrom.capex_total_2025_implied", {
      capex2024: fmt(figures.capex_total_2024),
      growth: formatPercent(figures.capex_growth_2025.value, locale),
    }),
    training_ratio_computed: t("computedFrom.training_ratio_computed", { v3Hours: fmt(figures.v3_gpu_hours), llamaHours: fmt(figures.llama3_gpu_hours) }),
  });
  const sourceOf = (...list: KeyFigure[]): FigureSource[] =>
    list.map((figure) => ({
      origin: figure.origin,
      originLabel: origin(figure.origin),
      source: sourceTexts[figure.key],
      line: figure.origin === "computed" ? sourceTexts[figure.key] : t("figureSource", { source: sourceTexts[figure.key] }),
    }));
  const label = (key: KeyFigure["key"]) => t(`figureLabels.${key}`);
  const v3Run = runs.find((run) => run.slug === "deepseek-v3");

  const stargateDate = formatDate(STARGATE_ANNOUNCED, locale);
  const analystNames = report.analysts.filter((analyst) => analyst.role === "analyst").map((analyst) => pick(locale, analyst.nameZh, analyst.nameEn));
  const title = pick(locale, report.titleZh, report.titleEn);
  const publisher = pick(locale, report.publisherZh, report.publisherEn);
  const type = pick(locale, report.typeZh, report.typeEn);
  const published = formatDate(report.published, locale);

  const theses = [
    {
      n: 1,
      body: t("thesis1Body", { v3Hours: fmt(figures.v3_gpu_hours), llamaHours: fmt(figures.llama3_gpu_hours), gpus: formatInteger(v3Run?.clusterGpus ?? 2048, locale) }),
      takeaway: t("thesis1Takeaway", { ratio: fmt(figures.training_ratio_stated) }),
      figures: [figures.v3_gpu_hours, figures.llama3_gpu_hours, figures.training_ratio_stated, figures.v3_cost],
    },
    {
      n: 2,
      body: t("thesis2Body", { capex2024: fmt(figures.capex_total_2024), growth: formatPercent(figures.capex_growth_2025.value, locale), capex2025: fmt(figures.capex_total_2025_implied), stargateDate }),
      takeaway: t("thesis2Takeaway"),
      figures: [figures.capex_total_2024, figures.capex_growth_2025, figures.capex_total_2025_implied],
    },
    { n: 3, body: t("thesis3Body"), takeaway: t("thesis3Takeaway"), figures: [] },
  ] as const;
  const thesisTitles = { 1: t("thesis1Title"), 2: t("thesis2Title"), 3: t("thesis3Title") };

  const meta = [
    { term: t("publisher"), detail: publisher },
    { term: t("date"), detail: published },
    { term: t("type"), detail: type },
    { term: t("sector"), detail: pick(locale, report.sectorZh, report.sectorEn) },
    { term: t("region"), detail: pick(locale, report.regionZh, report.regionEn) },
  ];

  return (
    <article data-print-brief className="mx-auto max-w-5xl">
      <header className="border-b border-slate-200 pb-6">
        <p className="text-sm font-medium text-accent">
          {publisher} · {type} · {published}
        </p>
        <h1 className="mt-2 text-2xl font-semibold leading-tight tracking-tight sm:text-3xl">{title}</h1>
        <dl aria-label={t("metaLabel")} className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-sm">
          {meta.map((item) => (
            <div key={item.term} className="flex gap-1.5">
              <dt className="shrink-0 text-slate-500">{item.term}</dt>
              <dd className="text-slate-800">{item.detail}</dd>
            </div>
          ))}
          <div className="flex gap-1.5">
            <dt className="shrink-0 text-slate-500">{t("rating")}</dt>
            <dd>
              <RatingWithMeaning rating={pick(locale, report.ratingZh, report.ratingEn)} meaning={t("ratingMeaning")} helpLabel={t("ratingHelp")} />
            </dd>
          </div>
        </dl>
        <div className="mt-4">
          <h2 className="sr-only">{t("analysts")}</h2>
          <ul data-testid="analysts" className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
            {report.analysts.map((analyst) => (
              <li key={analyst.id}>
                <span className="font-medium text-slate-800">{pick(locale, analyst.nameZh, analyst.nameEn)}</span>
                {/* "·", not a bare space, between name and role: Chinese puts no space between two words. */}
                <span className="text-slate-500">
                  {" · "}
                  {analyst.role === "contact" ? t("roleContact") : t("roleAnalyst")} · {t("registration", { sac: analyst.sac, sfc: analyst.sfc })}
                </span>
              </li>
            ))}
          </ul>
        </div>
      </header>

      <section aria-labelledby="event-title" data-testid="event" className="mt-6 rounded-lg bg-slate-900 p-5 text-slate-100 print:border print:border-slate-300 print:bg-white print:text-slate-900">
        <p className="text-xs font-medium uppercase tracking-wide text-sky-300 print:text-slate-600">{t("eventLabel", { date: formatDate(report.eventDate, locale) })}</p>
        <h2 id="event-title" className="mt-1 text-lg font-semibold">{t("eventTitle")}</h2>
        <p className="mt-2 leading-relaxed text-slate-200 print:text-slate-700">{t("eventBody")}</p>
      </section>

      <section aria-labelledby="key-figures-title" className="mt-10">
        <h2 id="key-figures-title" className="text-xl font-semibold">{t("keyFiguresTitle")}</h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3 print:grid-cols-2">
          <KeyFigureTile
            id="capex-2024"
            label={t("tileCapex2024")}
            value={fmt(figures.capex_total_2024)}
            note={t("tileCapex2024Note")}
            sources={sourceOf(figures.capex_total_2024)}
            href="/capex"
            linkLabel={t("exploreCapex")}
          />
          <KeyFigureTile
            id="capex-growth"
            label={t("tileGrowth")}
            value={growth}
            note={t("tileGrowthNote", { implied: fmt(figures.capex_total_2025_implied) })}
            sources={sourceOf(figures.capex_growth_2025, figures.capex_total_2025_implied)}
            href="/capex"
            linkLabel={t("exploreCapex")}
          />
          <KeyFigureTile
            id="stargate"
            label={t("tileStargate")}
            value={fmt(figures.stargate_usd_bn)}
            note={t("tileStargateNote", { initial: fmt(figures.stargate_initial_usd_bn), date: stargateDate })}
            sources={sourceOf(figures.stargate_usd_bn)}
            href="/capex"
            linkLabel={t("exploreCapex")}
          />
          <KeyFigureTile
            id="training"
            wide
            label={t("tileTraining")}
            value={
              <span className="block text-xl leading-snug">
                {t("tileTrainingValue", { v3: fmt(figures.v3_gpu_hours), llama: fmt(figures.llama3_gpu_hours) })}
              </span>
            }
            note={t("tileTrainingNote", { stated: fmt(figures.training_ratio_stated), computed: fmt(figures.training_ratio_computed), cost: fmt(figures.v3_cost) })}
            sources={sourceOf(figures.v3_gpu_hours, figures.llama3_gpu_hours, figures.training_ratio_stated, figures.training_ratio_computed)}
            href="/training"
            linkLabel={t("exploreTraining")}
          />
          <KeyFigureTile
            id="models"
            label={t("tileModels")}
            value={t("tileModelsValue", { count: formatInteger(models.length, locale) })}
            note={t("tileModelsNote")}
            sources={[{ origin: "note", originLabel: origin("note"), source: t("tileModelsSource"), line: t("figureSource", { source: t("tileModelsSource") }) }]}
            href="/models"
            linkLabel={t("exploreModels")}
          />
        </ul>
      </section>

      <section aria-labelledby="theses-title" className="mt-10">
        <h2 id="theses-title" className="text-xl font-semibold">{t("thesesTitle")}</h2>
        <ol className="mt-4 space-y-4">
          {theses.map((thesis) => (
            <ThesisCard
              key={thesis.n}
              n={thesis.n}
              label={t("thesisLabel", { n: thesis.n })}
              title={thesisTitles[thesis.n]}
              takeaway={thesis.takeaway}
              body={thesis.body}
              figuresLabel={t("supportingFigures")}
              figures={thesis.figures.map((figure) => ({
                label: label(figure.key),
                value: figure.key === "capex_growth_2025" ? growth : fmt(figure),
                origin: figure.origin,
                originLabel: origin(figure.origin),
                source: sourceTexts[figure.key],
              }))}
              noFigures={t("noFigures")}
            />
          ))}
        </ol>
      </section>

      <section aria-labelledby="risks-title" data-testid="risks" className="mt-10">
        <h2 id="risks-title" className="text-xl font-semibold">{t("risksTitle")}</h2>
        <ol className="mt-3 list-decimal space-y-1.5 pl-5 text-slate-700">
          {(["risk1", "risk2", "risk3", "risk4"] as const).map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ol>
      </section>

      <AfterTheNote locale={locale} />
      <SourcesAndCorrections locale={locale} figures={figures} sourceTexts={sourceTexts} corrections={extractionCorrections({ v3CostUsdMillion: figures.v3_cost.value })} />

      <section aria-labelledby="disclaimer-title" className="mt-10 grid gap-6 border-t border-slate-200 pt-6 text-sm text-slate-600 sm:grid-cols-2">
        <div>
          <h2 id="disclaimer-title" className="font-semibold text-slate-800">{t("disclaimerTitle")}</h2>
          <p className="mt-1 leading-relaxed">{t("disclaimer")}</p>
        </div>
        <div>
          <h2 className="font-semibold text-slate-800">{t("citationTitle")}</h2>
          <p data-testid="summary-citation" className="mt-1 leading-relaxed">
            {t("citation", { publisher, analysts: analystNames.join(locale === "zh" ? "、" : ", "), title, type, date: published })}
          </p>
        </div>
      </section>
    </article>
  );
}
