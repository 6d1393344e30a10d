import { getTranslations } from "next-intl/server";

import { SourceBadge } from "@/components/ui/source-badge";
import type { AppLocale } from "@/i18n/routing";
import { formatFigure } from "@/lib/format";
import type { ExtractionCorrection } from "@/lib/summary/corrections";
import { KEY_FIGURE_KEYS, type KeyFigure, type KeyFigureKey } from "@/lib/summary/figures";
import { BCP47 } from "@/lib/vocabulary";

type Props = {
  locale: AppLocale;
  figures: Record<KeyFigureKey, KeyFigure>;
  /** Each figure's source in words; for a computed figure, what it was computed from. */
  sourceTexts: Record<KeyFigureKey, string>;
  corrections: ExtractionCorrection[];
};

/** Where every figure comes from, what the text extraction got wrong, and where the dashboard qualifies the note. */
export async function SourcesAndCorrections({ locale, figures, sourceTexts, corrections }: Props) {
  const [t, origin] = await Promise.all([
    getTranslations({ locale, namespace: "Summary" }),
    getTranslations({ locale, namespace: "Origin" }),
  ]);
  const qualifications = ["qualification1", "qualification2", "qualification3", "qualification4"] as const;
  return (
    <section aria-labelledby="sources-title" data-testid="sources-and-corrections" className="mt-10">
      <h2 id="sources-title" className="text-xl font-semibold">
        {t("sourcesTitle")}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t("sourcesIntro")}</p>

      <ul className="mt-4 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
        {KEY_FIGURE_KEYS.map((key) => {
          const figure = figures[key];
          return (
            <li
              key={key}
              data-testid={`figure-origin-${key}`}
              data-origin={figure.origin}
              className="grid break-inside-avoid gap-1 px-4 py-2.5 sm:grid-cols-[minmax(0,14rem)_8rem_minmax(0,1fr)] sm:gap-4"
            >
              <span className="text-slate-700">{t(`figureLabels.${key}`)}</span>
              <span className="font-medium tabular-nums">{formatFigure(figure.value, figure.unit, locale)}</span>
              <span className="flex items-start gap-1.5 text-xs text-slate-500">
                <SourceBadge origin={figure.origin} label={origin(figure.origin)} source={sourceTexts[key]} />
                <span>{sourceTexts[key]}</span>
              </span>
            </li>
          );
        })}
      </ul>

      <h3 className="mt-8 text-lg font-semibold">{t("correctionsTitle")}</h3>
      <p className="mt-1 text-sm text-slate-600">{t("correctionsIntro")}</p>
      <ol className="mt-4 space-y-3">
        {corrections.map((correction) => (
          <li
            key={correction.id}
            data-testid={`correction-${correction.id}`}
            className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4 text-sm"
          >
            <p className="text-xs text-slate-500">{correction.where[locale]}</p>
            <p className="mt-1 flex flex-wrap items-baseline gap-x-2 gap-y-1">
              <span className="sr-only">{t("asPrintedLabel")}</span>
              <del
                lang={BCP47[correction.asPrintedLang]}
                className="rounded bg-rose-50 px-1.5 text-rose-800 decoration-rose-400"
              >
                {correction.asPrinted}
              </del>
              <span aria-hidden="true" className="text-slate-400">
                →
              </span>
              <span className="sr-only">{t("correctedLabel")}</span>
              <ins className="rounded bg-emerald-50 px-1.5 font-medium text-emerald-900 no-underline">
                {correction.corrected[locale]}
              </ins>
            </p>
            <p className="mt-1.5 text-slate-600">
              {t.rich("reasonLine", {
                reason: correction.reason[locale],
                label: (chunks) => <span className="font-medium text-slate-700">{chunks}</span>,
              })}
            </p>
          </li>
        ))}
      </ol>

      <h3 className="mt-8 text-lg font-semibold">{t("qualificationsTitle")}</h3>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
        {qualifications.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </section>
  );
}
