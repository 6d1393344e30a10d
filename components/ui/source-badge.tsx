import type { FigureOrigin } from "@/lib/vocabulary";

// Five hues with dark text on a pale fill (well above 4.5:1); the two origins the app derives differ in
// outline too, so they never rely on colour alone: computed has a heavier ring, scenario a dashed border.
const STYLE: Record<FigureOrigin, string> = {
  note: "bg-blue-50 text-blue-800 ring-1 ring-inset ring-blue-200",
  filing: "bg-emerald-50 text-emerald-800 ring-1 ring-inset ring-emerald-200",
  statement: "bg-amber-50 text-amber-900 ring-1 ring-inset ring-amber-200",
  computed: "bg-violet-50 text-violet-800 ring-2 ring-inset ring-violet-200",
  scenario: "bg-white text-rose-800 border border-dashed border-rose-400",
};

/** A figure's origin as a small label; the tooltip says the source (for a computed figure: from what). */
export function SourceBadge({ origin, label, source }: { origin: FigureOrigin; label: string; source: string }) {
  return (
    <span
      title={source}
      data-origin={origin}
      className={`inline-flex shrink-0 items-center rounded px-1.5 py-0.5 text-[11px] font-medium whitespace-nowrap ${STYLE[origin]}`}
    >
      {label}
    </span>
  );
}
