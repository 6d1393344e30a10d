import type { ChartPanelLabels } from "@/components/charts/chart-panel";
import type { AppLocale } from "@/i18n/routing";
import { latestFiling, statementSpan } from "@/lib/capex/after-note";
import type { AfterNote } from "@/lib/capex/after-note-data";
import { CAPEX_SECTIONS, serializeCapexQuery, type CapexSection, type CapexViewState } from "@/lib/capex/view-state";
import { formatDate } from "@/lib/format";
import { fillTemplate } from "@/lib/template";
import type { FigureOrigin } from "@/lib/vocabulary";

import type { AfterNoteLabels } from "./labels";
import { NoteVsActualPanel } from "./note-vs-actual";
import { Plans2026Chart } from "./plans-2026-chart";
import { PlansChart } from "./plans-path-chart";
import { AfterNoteSectionNav } from "./section-nav";

type Props = {
  locale: AppLocale;
  afterNote: AfterNote;
  /** The note's publication date (ISO), where the plans' path starts. */
  noteDate: string;
  state: CapexViewState;
  labels: AfterNoteLabels;
  originLabels: Record<FigureOrigin, string>;
  chartLabels: ChartPanelLabels;
};

/**
 * What happened after the note, apart from the note's own scenario: note vs actual, how the 2025 plans
 * moved, the 2026 plans. Dated and sourced to filings and statements, never to the note.
 */
export function AfterNoteSections({ locale, afterNote, noteDate, state, labels, originLabels, chartLabels }: Props) {
  const latest = latestFiling(afterNote.noteVsActual);
  // The section holds statements after the last filing (the 2026 revisions of 2026-04-29): the intro names both.
  const said = statementSpan([...afterNote.planPaths, ...afterNote.nextYearPlans])?.to ?? latest;
  const hrefs = Object.fromEntries(
    CAPEX_SECTIONS.map((section) => [section, `?${serializeCapexQuery({ ...state, section })}`]),
  ) as Record<CapexSection, string>;
  return (
    <section
      aria-labelledby="after-note-title"
      data-testid="after-note"
      className="space-y-4 border-t-2 border-slate-300 pt-6"
    >
      <div className="space-y-2">
        <h2 id="after-note-title" className="text-xl font-semibold">
          {labels.navLabel}
        </h2>
        {latest ? (
          <p className="text-sm text-slate-600">
            {fillTemplate(labels.intro, {
              date: formatDate(latest, locale),
              said: formatDate(said ?? latest, locale),
            })}
          </p>
        ) : null}
        <AfterNoteSectionNav labels={labels} hrefs={hrefs} />
      </div>
      <NoteVsActualPanel
        locale={locale}
        vs={afterNote.noteVsActual}
        labels={labels}
        originLabels={originLabels}
        chartLabels={chartLabels}
      />
      <div id="plans" tabIndex={-1} className="focus:outline-none">
        <PlansChart
          locale={locale}
          labels={labels}
          chartLabels={chartLabels}
          originLabels={originLabels}
          paths={afterNote.planPaths}
          noteDate={noteDate}
        />
      </div>
      <div id="plans-2026" tabIndex={-1} className="focus:outline-none">
        <Plans2026Chart locale={locale} labels={labels} chartLabels={chartLabels} plans={afterNote.nextYearPlans} />
      </div>
    </section>
  );
}
