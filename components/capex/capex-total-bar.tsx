import { SourceBadge } from "@/components/ui/source-badge";
import type { AppLocale } from "@/i18n/routing";
import type { capexFigureOrigins } from "@/lib/capex/figure-origins";
import type { CapexScenarioOutcome } from "@/lib/capex/scenario";
import { formatPercent, formatUsdBn } from "@/lib/format";
import type { FigureOrigin } from "@/lib/vocabulary";

import type { CapexLabels } from "./capex-labels";

type Props = {
  locale: AppLocale;
  outcome: CapexScenarioOutcome;
  note: { total2024UsdBn: number; growth: number; total2025UsdBn: number; source: string };
  /** Where each headline figure comes from (lib/capex/figure-origins.ts). */
  origins: Pick<ReturnType<typeof capexFigureOrigins>, "note" | "scenario">;
  labels: CapexLabels;
  originLabels: Record<FigureOrigin, string>;
};

/**
 * The scenario's total beside the note's, in a bar that sticks to the top of the window while the
 * inputs below it are edited. On a phone it shows the scenario alone, on one line. The scenario is a
 * scenario (its 2025 total rests on assumed growth), never a filing; the note's 2025 total is computed
 * from its 2024 total and growth, so it wears the computed badge beside the note's.
 */
export function CapexTotalBar({ locale, outcome, note, origins, labels, originLabels }: Props) {
  const usd = (valueBn: number) => formatUsdBn(valueBn, locale);
  const percent = (ratio: number) => formatPercent(ratio, locale, { signed: true });
  const presetName = labels[`preset_${outcome.preset}`];
  const badge = ({ origin, source }: { origin: FigureOrigin; source: string }) => (
    <SourceBadge origin={origin} label={originLabels[origin]} source={source} />
  );
  return (
    <div
      aria-label={labels.headlineLabel}
      role="group"
      data-testid="capex-total-bar"
      className="sticky top-0 z-20 -mx-4 flex flex-wrap items-center justify-between gap-x-6 gap-y-1 border-b border-slate-200 bg-slate-50/95 px-4 py-2 backdrop-blur sm:mx-0 sm:rounded-lg sm:border sm:bg-white/95 sm:py-3"
    >
      <div data-testid="headline-scenario" className="flex min-w-0 flex-wrap items-baseline gap-x-2 sm:block">
        <p className="flex flex-wrap items-center gap-x-2 text-xs text-slate-600 sm:text-sm">
          {labels.headlineScenario} · <span data-testid="scenario-preset">{presetName}</span>
          <span className="hidden sm:inline-flex">{badge(origins.scenario.headline)}</span>
        </p>
        <p className="text-lg font-semibold tabular-nums sm:text-2xl">
          <span className="hidden sm:inline">
            <span data-testid="scenario-total-2024" title={origins.scenario.total2024.source}>
              {usd(outcome.total2024UsdBn)}
            </span>{" "}
            →{" "}
          </span>
          <span data-testid="scenario-total-2025">{usd(outcome.total2025UsdBn)}</span>
          {/* No space before a full-width parenthesis. */}
          {locale === "zh" ? null : " "}
          <span className="text-slate-600">
            {locale === "zh" ? "（" : "("}
            <span data-testid="scenario-growth">{percent(outcome.totalGrowth)}</span>
            {locale === "zh" ? "）" : ")"}
          </span>
        </p>
      </div>
      <div data-testid="headline-note" className="hidden text-right sm:block">
        <p className="text-sm text-slate-600">{labels.headlineNote}</p>
        {/* One badge per figure: the note's 2024 total, and the 2025 total computed from it and the note's growth. */}
        <p className="flex flex-wrap items-center justify-end gap-x-1.5 text-base font-medium text-slate-700 tabular-nums">
          <span data-testid="headline-note-2024">{usd(note.total2024UsdBn)}</span>
          <span data-testid="headline-note-2024-origin">{badge(origins.note.total2024)}</span>
          <span aria-hidden="true">→</span>
          <span data-testid="headline-note-2025">{usd(note.total2025UsdBn)}</span>
          <span data-testid="headline-note-2025-origin">{badge(origins.note.total2025)}</span>
          <span data-testid="headline-note-growth" title={origins.note.growth.source}>
            {locale === "zh" ? `（${percent(note.growth)}）` : `(${percent(note.growth)})`}
          </span>
        </p>
      </div>
    </div>
  );
}
