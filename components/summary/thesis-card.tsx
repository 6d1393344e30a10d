import { SourceBadge } from "@/components/ui/source-badge";
import type { FigureOrigin } from "@/lib/vocabulary";

type Props = {
  n: number;
  label: string;
  title: string;
  takeaway: string;
  body: string;
  figuresLabel: string;
  /** Formatted figures behind the thesis, each with its origin; empty when the note argues it qualitatively. */
  figures: { label: string; value: string; origin: FigureOrigin; originLabel: string; source: string }[];
  noFigures: string;
};

/** One of the note's theses: a headline, the one-line takeaway, the argument, and the figures behind it. */
export function ThesisCard({ n, label, title, takeaway, body, figuresLabel, figures, noFigures }: Props) {
  return (
    <li
      data-testid={`thesis-${n}`}
      className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-5 print:break-inside-auto"
    >
      <p className="text-xs font-medium tracking-wide text-accent uppercase">{label}</p>
      <h3 className="mt-1 text-lg leading-snug font-semibold">{title}</h3>
      <p className="mt-2 border-l-2 border-accent pl-3 font-medium text-slate-800">{takeaway}</p>
      <p className="mt-3 leading-relaxed text-slate-700">{body}</p>
      <div className="mt-4 border-t border-slate-100 pt-3">
        <h4 className="text-xs font-medium text-slate-500">{figuresLabel}</h4>
        {figures.length > 0 ? (
          <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
            {figures.map((figure) => (
              <div
                key={figure.label}
                className="flex items-baseline justify-between gap-3 border-b border-dotted border-slate-200 pb-1"
              >
                <dt className="text-slate-600">{figure.label}</dt>
                <dd className="flex items-baseline gap-1.5 font-medium text-slate-900 tabular-nums">
                  {figure.value}
                  <SourceBadge origin={figure.origin} label={figure.originLabel} source={figure.source} />
                </dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="mt-2 text-sm text-slate-500">{noFigures}</p>
        )}
      </div>
    </li>
  );
}
