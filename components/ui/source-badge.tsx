/** Where a figure comes from: the note itself, a company filing, or a company statement. */
export type FigureOrigin = "note" | "filing" | "statement";

const STYLE: Record<FigureOrigin, string> = {
  note: "bg-blue-50 text-blue-800 ring-blue-200",
  filing: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  statement: "bg-amber-50 text-amber-800 ring-amber-200",
};

export function SourceBadge({ origin, label, source }: { origin: FigureOrigin; label: string; source: string }) {
  return (
    <span title={source} className={`inline-flex shrink-0 items-center whitespace-nowrap rounded px-1.5 py-0.5 text-[11px] font-medium ring-1 ring-inset ${STYLE[origin]}`}>
      {label}
    </span>
  );
}
