import type { Metadata } from "next";

import { AfterTheNote } from "@/components/summary/after-the-note";
import { KeyFigureTile } from "@/components/summary/key-figure-tile";
import { RatingWithMeaning } from "@/components/summary/rating-with-meaning";
import { SourcesAndCorrections } from "@/components/summary/sources-and-corrections";
import { ThesisCard } from "@/components/summary/thesis-card";
import { resolveLocale } from "@/i18n/locale";
import { viewMetadata } from "@/lib/og/metadata";
import { loadSummaryView } from "@/lib/summary/view-data";

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
  const { t, header, eventDate, tiles, theses, figures, sourceTexts, corrections, citation } =
    await loadSummaryView(locale);
  const { publisher, type, published } = header;

  return (
    <article data-print-brief className="mx-auto max-w-5xl">
      <header className="border-b border-slate-200 pb-6">
        <p className="text-sm font-medium text-accent">
          {publisher} · {type} · {published}
        </p>
        <h1 className="mt-2 text-2xl leading-tight font-semibold tracking-tight sm:text-3xl">{header.title}</h1>
        <dl aria-label={t("metaLabel")} className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-sm">
          {header.meta.map((item) => (
            <div key={item.term} className="flex gap-1.5">
              <dt className="shrink-0 text-slate-500">{item.term}</dt>
              <dd className="text-slate-800">{item.detail}</dd>
            </div>
          ))}
          <div className="flex gap-1.5">
            <dt className="shrink-0 text-slate-500">{t("rating")}</dt>
            <dd>
              <RatingWithMeaning rating={header.rating} meaning={t("ratingMeaning")} helpLabel={t("ratingHelp")} />
            </dd>
          </div>
        </dl>
        <div className="mt-4">
          <h2 className="sr-only">{t("analysts")}</h2>
          <ul data-testid="analysts" className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
            {header.analysts.map((analyst) => (
              <li key={analyst.id}>
                <span className="font-medium text-slate-800">{analyst.name}</span>
                {/* "·", not a bare space, between name and role: Chinese puts no space between two words. */}
                <span className="text-slate-500">
                  {" · "}
                  {analyst.role} · {analyst.registration}
                </span>
              </li>
            ))}
          </ul>
        </div>
      </header>

      <section
        aria-labelledby="event-title"
        data-testid="event"
        className="mt-6 rounded-lg bg-slate-900 p-5 text-slate-100 print:border print:border-slate-300 print:bg-white print:text-slate-900"
      >
        <p className="text-xs font-medium tracking-wide text-sky-300 uppercase print:text-slate-600">
          {t("eventLabel", { date: eventDate })}
        </p>
        <h2 id="event-title" className="mt-1 text-lg font-semibold">
          {t("eventTitle")}
        </h2>
        <p className="mt-2 leading-relaxed text-slate-200 print:text-slate-700">{t("eventBody")}</p>
      </section>

      <section aria-labelledby="key-figures-title" className="mt-10">
        <h2 id="key-figures-title" className="text-xl font-semibold">
          {t("keyFiguresTitle")}
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3 print:grid-cols-2">
          {tiles.map((tile) => (
            <KeyFigureTile key={tile.id} {...tile} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="theses-title" className="mt-10">
        <h2 id="theses-title" className="text-xl font-semibold">
          {t("thesesTitle")}
        </h2>
        <ol className="mt-4 space-y-4">
          {theses.map((thesis) => (
            <ThesisCard
              key={thesis.n}
              n={thesis.n}
              label={t("thesisLabel", { n: thesis.n })}
              title={thesis.title}
              takeaway={thesis.takeaway}
              body={thesis.body}
              figuresLabel={t("supportingFigures")}
              figures={thesis.figures}
              noFigures={t("noFigures")}
            />
          ))}
        </ol>
      </section>

      <section aria-labelledby="risks-title" data-testid="risks" className="mt-10">
        <h2 id="risks-title" className="text-xl font-semibold">
          {t("risksTitle")}
        </h2>
        <ol className="mt-3 list-decimal space-y-1.5 pl-5 text-slate-700">
          {(["risk1", "risk2", "risk3", "risk4"] as const).map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ol>
      </section>

      <AfterTheNote locale={locale} />
      <SourcesAndCorrections locale={locale} figures={figures} sourceTexts={sourceTexts} corrections={corrections} />

      <section
        aria-labelledby="disclaimer-title"
        className="mt-10 grid gap-6 border-t border-slate-200 pt-6 text-sm text-slate-600 sm:grid-cols-2"
      >
        <div>
          <h2 id="disclaimer-title" className="font-semibold text-slate-800">
            {t("disclaimerTitle")}
          </h2>
          <p className="mt-1 leading-relaxed">{t("disclaimer")}</p>
        </div>
        <div>
          <h2 className="font-semibold text-slate-800">{t("citationTitle")}</h2>
          <p data-testid="summary-citation" className="mt-1 leading-relaxed">
            {citation}
          </p>
        </div>
      </section>
    </article>
  );
}
