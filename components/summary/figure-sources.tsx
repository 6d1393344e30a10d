import { SourceBadge, type FigureOrigin } from "@/components/ui/source-badge";

export type FigureSource = { origin: FigureOrigin; originLabel: string; text: string };

/** Each distinct source of a figure, with its origin badge and the source text spelled out (no hover needed). */
export function FigureSources({ sources, prefix }: { sources: FigureSource[]; prefix: (text: string) => string }) {
  const distinct = sources.filter((source, index) => sources.findIndex((other) => other.text === source.text) === index);
  return (
    <ul className="space-y-1">
      {distinct.map((source) => (
        <li key={source.text} data-testid="figure-source" className="flex items-start gap-1.5 text-xs leading-snug text-slate-500">
          <SourceBadge origin={source.origin} label={source.originLabel} source={source.text} />
          <span>{prefix(source.text)}</span>
        </li>
      ))}
    </ul>
  );
}
