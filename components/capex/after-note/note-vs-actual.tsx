import { ExportToolbar, type ChartPanelLabels } from "@/components/charts/export-toolbar";
import { SourceBadge } from "@/components/ui/source-badge";
import type { AppLocale } from "@/i18n/routing";
import type { NoteVsActual } from "@/lib/capex/after-note";
import type { ExportTable } from "@/lib/export/csv";
import type { Figure } from "@/lib/figures/origin";
import { formatDate, formatPercent, formatUsdBn, usdBnInLocaleUnit, usdBnUnitLabel } from "@/lib/format";
import { fillTemplate } from "@/lib/template";
import type { FigureOrigin } from "@/lib/vocabulary";

import type { AfterNoteLabels } from "./labels";

type Props = {
  locale: AppLocale;
  vs: NoteVsActual;
  labels: AfterNoteLabels;
  originLabels: Record<FigureOrigin, string>;
  chartLabels: ChartPanelLabels;
};

/** The table as its CSV: amounts in the page's unit and precision, dates as the page writes them. */
function noteVsActualTable(vs: NoteVsActual, labels: AfterNoteLabels, locale: AppLocale): ExportTable {
  const unit = usdBnUnitLabel(locale);
  // The page's precision: whole 亿 in Chinese, one decimal of a billion in English.
  const scale = locale === "zh" ? 1 : 10;
  const amount = (figure: Figure | null) =>
    figure === null ? null : Math.round(usdBnInLocaleUnit(figure.value, locale) * scale) / scale;
  const percent = (figure: Figure | null) => (figure === null ? null : Math.round(figure.value * 1000) / 10);
  return {
    headers: [
      labels.colCompany,
      `${labels.col2024}（${unit}）`,
      `${labels.colScenario}（${unit}）`,
      `${labels.colActual}（${unit}）`,
      `${labels.colGap}（${unit}）`,
      `${labels.colGap}（%）`,
      labels.csvFiled,
    ],
    rows: [
      ...vs.companies.map((company) => [
        company.name,
        amount(company.base2024),
        amount(company.scenario2025),
        amount(company.actual2025),
        amount(company.gapUsdBn),
        percent(company.gapRatio),
        company.filing?.filedOn ? formatDate(company.filing.filedOn, locale) : null,
      ]),
      [
        labels.rowTotal,
        amount(vs.filings2024),
        amount(vs.consensusOnFilings2025),
        amount(vs.actual2025),
        amount(vs.gapsTotalUsdBn),
        null,
        null,
      ],
      [
        labels.tileNote,
        null,
        amount(vs.note2025),
        amount(vs.actual2025),
        amount(vs.missUsdBn),
        percent(vs.missRatio),
        null,
      ],
    ],
  };
}

/**
 * The note's 2025 call beside what the five then spent: the note's 269.5, the consensus growth on the
 * filings' 2024 (271.2), the actual 370.2 and the miss; then company by company 2024, the scenario
 * (the note's combined growth applied to each), the actual and the gap. Every figure wears its own
 * origin. Server-rendered: it does not change with the scenario inputs.
 */
export function NoteVsActualPanel({ locale, vs, labels, originLabels, chartLabels }: Props) {
  const usd = (figure: Figure) => formatUsdBn(figure.value, locale);
  const signed = (figure: Figure) => formatPercent(figure.value, locale, { signed: true });
  const badge = (figure: Figure) => (
    <SourceBadge origin={figure.origin} label={originLabels[figure.origin]} source={figure.source} />
  );
  const signedUsd = (figure: Figure) =>
    `${figure.value >= 0 ? "+" : "−"}${formatUsdBn(Math.abs(figure.value), locale)}`;
  const tiles = [
    { id: "note", label: labels.tileNote, figure: vs.note2025, value: usd(vs.note2025), note: null },
    {
      id: "consensus-filings",
      label: labels.tileConsensusOnFilings,
      figure: vs.consensusOnFilings2025,
      value: usd(vs.consensusOnFilings2025),
      note: null,
    },
    vs.actual2025 && vs.actualGrowth
      ? {
          id: "actual",
          label: labels.tileActual,
          figure: vs.actual2025,
          value: usd(vs.actual2025),
          note: fillTemplate(labels.tileActualNote, { growth: signed(vs.actualGrowth) }),
        }
      : null,
    vs.missUsdBn && vs.missRatio
      ? {
          id: "miss",
          label: labels.tileMiss,
          figure: vs.missUsdBn,
          value: fillTemplate(labels.tileMissValue, { usd: signedUsd(vs.missUsdBn), ratio: signed(vs.missRatio) }),
          note: null,
        }
      : null,
  ].filter((tile) => tile !== null);
  // The miss is against the note's figure, the table's gaps against the filings-based scenario: say how they add up.
  const reconcile =
    vs.missUsdBn && vs.gapsTotalUsdBn && vs.actual2025
      ? fillTemplate(labels.missReconcile, {
          actual: usd(vs.actual2025),
          note: usd(vs.note2025),
          miss: signedUsd(vs.missUsdBn),
          gaps: signedUsd(vs.gapsTotalUsdBn),
          scenario: usd(vs.consensusOnFilings2025),
          base: signedUsd(vs.baseDifferenceUsdBn),
        })
      : null;

  return (
    // Not a landmark itself (no name): the table's scroll box is the region named by the heading, one per name.
    <section
      id="vs-actual"
      tabIndex={-1}
      data-testid="note-vs-actual"
      className="rounded-lg border border-slate-200 bg-white p-4 focus:outline-none"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id="vs-actual-title" className="font-semibold">
          {labels.vsActualTitle}
        </h2>
        <ExportToolbar
          title={labels.vsActualTitle}
          subtitle={labels.csvState}
          source={labels.csvSource}
          fileBase="capex-note-vs-actual"
          table={noteVsActualTable(vs, labels, locale)}
          labels={chartLabels}
          locale={locale}
          query="section=vs-actual"
          notes={[labels.fiscalNote, ...(reconcile ? [reconcile] : [])]}
        />
      </div>
      <dl className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {tiles.map((tile) => (
          <div
            key={tile.id}
            data-testid={`vs-${tile.id}`}
            className="rounded-md border border-slate-100 bg-slate-50 p-3"
          >
            <dt className="text-xs text-slate-600">{tile.label}</dt>
            <dd className="mt-1 flex flex-wrap items-center gap-2">
              <span className="text-xl font-semibold tabular-nums" data-testid={`vs-${tile.id}-value`}>
                {tile.value}
              </span>
              {badge(tile.figure)}
            </dd>
            {tile.note ? <dd className="mt-0.5 text-xs text-slate-600">{tile.note}</dd> : null}
          </div>
        ))}
      </dl>
      <div className="mt-4 overflow-x-auto" tabIndex={0} role="region" aria-labelledby="vs-actual-title">
        <table className="min-w-full text-sm" data-testid="vs-actual-table">
          <thead>
            <tr className="border-b border-slate-200 text-slate-600">
              <th scope="col" className="px-2 py-1.5 text-left font-medium">
                {labels.colCompany}
              </th>
              <th scope="col" className="px-2 py-1.5 text-right font-medium">
                {labels.col2024}
              </th>
              <th scope="col" className="px-2 py-1.5 text-right font-medium">
                {labels.colScenario}
              </th>
              <th scope="col" className="px-2 py-1.5 text-right font-medium">
                {labels.colActual}
              </th>
              <th scope="col" className="px-2 py-1.5 text-right font-medium">
                {labels.colGap}
              </th>
            </tr>
          </thead>
          <tbody>
            {vs.companies.map((company) => (
              <tr
                key={company.ticker}
                data-testid={`vs-row-${company.ticker}`}
                className="border-b border-slate-100 align-top"
              >
                <th scope="row" className="px-2 py-1.5 text-left font-medium">
                  {company.name}
                  <span className="block text-xs font-normal text-slate-500">
                    {company.fiscalYear2025 ?? company.fiscalYear2024}
                  </span>
                </th>
                <td className="px-2 py-1.5 text-right tabular-nums">
                  <span className="flex items-center justify-end gap-1.5 whitespace-nowrap">
                    {usd(company.base2024)} {badge(company.base2024)}
                  </span>
                </td>
                <td className="px-2 py-1.5 text-right tabular-nums">
                  <span className="flex items-center justify-end gap-1.5 whitespace-nowrap">
                    {usd(company.scenario2025)} {badge(company.scenario2025)}
                  </span>
                </td>
                <td className="px-2 py-1.5 text-right tabular-nums" data-testid={`vs-actual-${company.ticker}`}>
                  {company.actual2025 ? (
                    <>
                      <span className="flex items-center justify-end gap-1.5 whitespace-nowrap">
                        {usd(company.actual2025)} {badge(company.actual2025)}
                      </span>
                      {company.filing?.filedOn ? (
                        <span className="block text-xs text-slate-500">
                          {company.filing.sourceUrl ? (
                            <a className="underline" href={company.filing.sourceUrl} rel="noreferrer">
                              {fillTemplate(labels.filedOn, { date: formatDate(company.filing.filedOn, locale) })}
                            </a>
                          ) : (
                            fillTemplate(labels.filedOn, { date: formatDate(company.filing.filedOn, locale) })
                          )}
                        </span>
                      ) : null}
                    </>
                  ) : (
                    "—"
                  )}
                </td>
                <td className="px-2 py-1.5 text-right tabular-nums" data-testid={`vs-gap-${company.ticker}`}>
                  {company.gapUsdBn && company.gapRatio ? (
                    <span className="flex items-center justify-end gap-1.5 whitespace-nowrap">
                      {fillTemplate(labels.tileMissValue, {
                        usd: signedUsd(company.gapUsdBn),
                        ratio: signed(company.gapRatio),
                      })}{" "}
                      {badge(company.gapUsdBn)}
                    </span>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-testid="vs-row-total" className="font-medium">
              <th scope="row" className="px-2 py-1.5 text-left">
                {labels.rowTotal}
              </th>
              <td className="px-2 py-1.5 text-right tabular-nums">{usd(vs.filings2024)}</td>
              <td className="px-2 py-1.5 text-right tabular-nums">{usd(vs.consensusOnFilings2025)}</td>
              <td className="px-2 py-1.5 text-right tabular-nums">{vs.actual2025 ? usd(vs.actual2025) : "—"}</td>
              <td className="px-2 py-1.5 text-right tabular-nums" data-testid="vs-gap-total">
                {vs.gapsTotalUsdBn ? (
                  <span className="flex items-center justify-end gap-1.5 whitespace-nowrap">
                    {signedUsd(vs.gapsTotalUsdBn)} {badge(vs.gapsTotalUsdBn)}
                  </span>
                ) : (
                  "—"
                )}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      {reconcile ? (
        <p className="mt-2 text-sm text-slate-700" data-testid="vs-reconcile">
          {reconcile}
        </p>
      ) : null}
      <p className="mt-2 text-xs text-slate-500">{labels.fiscalNote}</p>
    </section>
  );
}
