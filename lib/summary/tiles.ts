import type { FigureSource } from "@/lib/figures/figure-source";

/** One of the Summary's key-figure tiles, as lib/summary/view-data.ts lists them. */
export type SummaryTile = {
  id: "capex-2024" | "capex-growth" | "stargate" | "training" | "models";
  label: string;
  value: string;
  /** The value is a sentence (two figures compared), set smaller than a lone number. */
  sentence?: boolean;
  note: string;
  sources: FigureSource[];
  href: "/capex" | "/training" | "/models";
  linkLabel: string;
  /** Spans two columns on wide screens. */
  wide?: boolean;
};
