import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { FigureSources, type FigureSource } from "./figure-sources";

type Props = {
  id: string;
  label: string;
  value: ReactNode;
  note: string;
  sources: FigureSource[];
  href: "/capex" | "/training" | "/models";
  linkLabel: string;
  /** Spans two columns on wide screens (a comparison of two figures). */
  wide?: boolean;
};

/** One key figure: what it is, the number, a line of context, where it comes from, and the view that explores it. */
export function KeyFigureTile({ id, label, value, note, sources, href, linkLabel, wide = false }: Props) {
  return (
    <li data-testid={`key-figure-${id}`} className={`flex flex-col rounded-lg border border-slate-200 bg-white p-4 break-inside-avoid ${wide ? "lg:col-span-2" : ""}`}>
      <p className="text-sm text-slate-600">{label}</p>
      <p className="mt-1 text-2xl font-semibold tracking-tight tabular-nums text-slate-900">{value}</p>
      <p className="mt-1 text-sm text-slate-700">{note}</p>
      <div className="mt-3 flex-1">
        <FigureSources sources={sources} />
      </div>
      <Link href={href} className="mt-3 text-sm font-medium text-accent hover:underline focus-visible:outline-2 focus-visible:outline-accent">
        {linkLabel} →
      </Link>
    </li>
  );
}
