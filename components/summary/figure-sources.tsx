import { SourceBadge } from "@/components/ui/source-badge";
import type { FigureSource } from "@/lib/figures/figure-source";

/** Each distinct source of a figure, with its origin badge and the source spelled out (no hover needed). */
export function FigureSources({ sources }: { sources: FigureSource[] }) {
  const distinct = sources.filter(
    (source, index) => sources.findIndex((other) => other.line === source.line) === index,
  );
  return (
    <ul className="space-y-1">
      {distinct.map((source) => (
        <li
          key={source.line}
          data-testid="figure-source"
          data-origin={source.origin}
          className="flex items-start gap-1.5 text-xs leading-snug text-slate-500"
        >
          <SourceBadge origin={source.origin} label={source.originLabel} source={source.source} />
          <span>{source.line}</span>
        </li>
      ))}
    </ul>
  );
}
