import { getTranslations } from "next-intl/server";

import { SourceBadge } from "@/components/ui/source-badge";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { latestFiling } from "@/lib/capex/after-note";
import { loadAfterNote } from "@/lib/capex/after-note-data";
import { DEFAULT_CAPEX_VIEW, serializeCapexQuery } from "@/lib/capex/view-state";
import { formatDate, formatPercent, formatUsdBn } from "@/lib/format";

/**
 * "After the note": what the five companies then spent, from their 10-K filings, against the note's
 * 2025 call, linking to the capex view's note-vs-actual section. Set apart from the note's own content
 * (which stays as the note said it) and dated. Server-rendered: the Summary ships no JavaScript for it.
 */
export async function AfterTheNote({ locale }: { locale: AppLocale }) {
  const [afterNote, t, origin] = await Promise.all([
    loadAfterNote(locale),
    getTranslations({ locale, namespace: "AfterNote" }),
    getTranslations({ locale, namespace: "Origin" }),
  ]);
  const { actual2025, actualGrowth, missUsdBn, missRatio, note2025 } = afterNote.noteVsActual;
  const latest = latestFiling(afterNote.noteVsActual);
  if (!actual2025 || !actualGrowth || !missUsdBn || !missRatio || !latest) return null;
  const query = serializeCapexQuery({ ...DEFAULT_CAPEX_VIEW, preset: "actual", section: "vs-actual" });
  return (
    <aside
      aria-labelledby="after-the-note-title"
      data-testid="after-the-note"
      className="mt-10 rounded-lg border-2 border-dashed border-slate-300 bg-slate-50 p-5 print:break-inside-avoid"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="after-the-note-title" className="text-xl font-semibold">
          {t("summaryTitle")}
        </h2>
        <p className="flex items-center gap-2 text-sm text-slate-600" data-testid="after-the-note-dated">
          {t("summaryDated", { date: formatDate(latest, locale) })}
          <SourceBadge origin="filing" label={origin("filing")} source={t("tileActual")} />
        </p>
      </div>
      <p className="mt-1 text-sm text-slate-600">{t("summaryAside")}</p>
      <dl className="mt-4 grid gap-4 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-slate-600">{t("summaryActual")}</dt>
          <dd className="mt-1 flex flex-wrap items-center gap-2">
            <span className="text-2xl font-semibold tabular-nums" data-testid="after-the-note-actual">
              {formatUsdBn(actual2025.value, locale)}
            </span>
            <SourceBadge origin={actual2025.origin} label={origin(actual2025.origin)} source={actual2025.source} />
          </dd>
          <dd className="mt-0.5 text-sm text-slate-600">
            {t("summaryActualNote", { growth: formatPercent(actualGrowth.value, locale, { signed: true }) })}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("summaryMiss", { note: formatUsdBn(note2025.value, locale) })}</dt>
          <dd className="mt-1 flex flex-wrap items-center gap-2">
            <span className="text-2xl font-semibold tabular-nums" data-testid="after-the-note-miss">
              {t("tileMissValue", {
                usd: `+${formatUsdBn(missUsdBn.value, locale)}`,
                ratio: formatPercent(missRatio.value, locale, { signed: true }),
              })}
            </span>
            <SourceBadge origin={missUsdBn.origin} label={origin(missUsdBn.origin)} source={missUsdBn.source} />
          </dd>
        </div>
      </dl>
      <Link
        href={`/capex?${query}`}
        className="mt-4 inline-flex min-h-11 items-center text-sm font-medium text-accent underline-offset-2 hover:underline"
        data-testid="after-the-note-link"
      >
        {t("summaryLink")} →
      </Link>
    </aside>
  );
}
