import { SourceBadge, type FigureOrigin } from "@/components/ui/source-badge";

/** A figure's origin and its source: `source` is the badge's tooltip, `line` the sentence shown beside it. */
export type FigureSource = { origin: FigureOrigin; originLabel: string; source: string; line: string };

/** Each distinct source of a figure, with its origin badge and the source spelled out (no hover needed). */
export function FigureSources({ sources }: { sources: FigureSource[] }) {
  const distinct = sources.filter((source, index) => sources.findIndex((other) => other.line === source.line) === index);
  return (
    <ul className="space-y-1">
      {distinct.map((source) => (
        <li key={source.line} data-testid="figure-source" data-origin={source.origin} className="flex items-start gap-1.5 text-xs leading-snug text-slate-500">
          <SourceBadge origin={source.origin} label={source.originLabel} source={source.source} />
          <span>{source.line}</span>
        </li>
      ))}
    </ul>
  );
}
