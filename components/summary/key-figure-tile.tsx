import { Link } from "@/i18n/navigation";
import type { SummaryTile } from "@/lib/summary/tiles";

import { FigureSources } from "./figure-sources";

/** One key figure: what it is, the number, a line of context, where it comes from, and the view that explores it. */
export function KeyFigureTile({
  id,
  label,
  value,
  sentence = false,
  note,
  sources,
  href,
  linkLabel,
  wide = false,
}: SummaryTile) {
  return (
    <li
      data-testid={`key-figure-${id}`}
      className={`flex break-inside-avoid flex-col rounded-lg border border-slate-200 bg-white p-4 ${wide ? "lg:col-span-2" : ""}`}
    >
      <p className="text-sm text-slate-600">{label}</p>
      <p className="mt-1 text-2xl font-semibold tracking-tight text-slate-900 tabular-nums">
        {sentence ? <span className="block text-xl leading-snug">{value}</span> : value}
      </p>
      <p className="mt-1 text-sm text-slate-700">{note}</p>
      <div className="mt-3 flex-1">
        <FigureSources sources={sources} />
      </div>
      <Link
        href={href}
        className="mt-3 text-sm font-medium text-accent hover:underline focus-visible:outline-2 focus-visible:outline-accent"
      >
        {linkLabel} →
      </Link>
    </li>
  );
}
