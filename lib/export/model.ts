import type { Messages } from "next-intl";

import type { AppLocale } from "@/i18n/routing";
import { columnDigits } from "@/lib/charts/data-table";
import { formatFixed } from "@/lib/format";
import type { FigureOrigin } from "@/lib/vocabulary";

import type { ExportTable } from "./csv";

/**
 * The export model: each chart panel as the PowerPoint and Excel files show it, built from the same
 * content the page's ChartPanel is given (components/exports/native-chart.ts), plus where each figure
 * comes from, and the view's document around them. Nothing here re-derives a label or a number.
 */

/** The origin of each cell of a panel's table (null where the cell is a name, not a figure). */
export type CellOrigins = (FigureOrigin | null)[][];

/**
 * Which state an export shows and where it lives: the canonical query of the view's state and the
 * view's shareable URL for it (pinned to the data version, `v=`), the day it was made, and the data
 * version in words ("数据版本", "第 5 版（2026 年 12 月 3 日）"; lib/export/data-version.ts). Every file prints these.
 */
export type ExportLink = {
  query: string;
  url: string;
  date: string;
  version: { label: string; text: string } | null;
};

/** A native chart's data: categories and series for a bar or dot chart, or x/y points for a scatter. */
export type NativeChart = {
  kind: "bar" | "dots" | "scatter";
  horizontal: boolean;
  stacked: boolean;
  log: boolean;
  categories: string[];
  /** For a scatter: the x of every point, shared by all series (null where a series has no point). */
  xValues: number[];
  /** Each series; `labelled` where the page labels its values (the uniform-growth line has none). */
  series: { name: string; colour: string; values: (number | null)[]; labelled: boolean }[];
  valueAxisTitle: string;
  categoryAxisTitle: string;
  /** Decimals of the value labels (as many as the most precise value needs, at most 2). */
  digits: number;
};

/** The labelled words of one panel's export, in the page's language. */
export type PanelWords = {
  noteLabel: (note: string) => string;
  sourceLine: (source: string) => string;
  scenarioLine: (name: string) => string;
  origin: Record<FigureOrigin, string>;
};

export type ExportPanel = {
  id: string;
  title: string;
  scenarioLine: string | null;
  subtitle: string;
  /** Caveats, labelled ("注：…"). */
  notes: string[];
  /** "资料来源：…", labelled. */
  source: string;
  table: ExportTable;
  origins: CellOrigins;
  chart: NativeChart;
  fileBase: string;
};

/** The distinct origins of a row's figures, in the order of its columns, in words ("财报、情景假设"). */
export function rowOriginWords(
  origins: (FigureOrigin | null)[],
  words: Record<FigureOrigin, string>,
  locale: AppLocale,
) {
  const distinct = [...new Set(origins.filter((origin): origin is FigureOrigin => origin !== null))];
  return distinct.map((origin) => words[origin]).join(locale === "zh" ? "、" : ", ");
}

/**
 * What each figure of the panel is, one line per row, for the speaker notes:
 * "微软：2024 年（亿美元）553（财报）；2025 年情景（亿美元）661（情景假设）".
 */
export function figureLines(panel: ExportPanel, words: Record<FigureOrigin, string>, locale: AppLocale): string[] {
  const { headers, rows } = panel.table;
  const digits = headers.map((_, column) => columnDigits(rows, column) ?? 0);
  const [open, close, colon, separator] = locale === "zh" ? ["（", "）", "：", "；"] : [" (", ")", ": ", "; "];
  return rows.map((row, rowIndex) => {
    const figures = row.flatMap((value, column) => {
      const origin = panel.origins[rowIndex]?.[column] ?? null;
      if (typeof value !== "number" || origin === null) return [];
      return [`${headers[column]} ${formatFixed(value, locale, digits[column] ?? 0)}${open}${words[origin]}${close}`];
    });
    return `${String(row[0] ?? "")}${colon}${figures.join(separator)}`;
  });
}

/**
 * What a view's exports say besides its panels: the note, the state, the link, the words of the files.
 * The panels may carry more than the files here need (the SVG's panels carry the page's chart spec).
 */
export type ExportDocument<Panel extends ExportPanel = ExportPanel> = {
  view: string;
  locale: AppLocale;
  /** The view's name ("资本开支"). */
  viewTitle: string;
  /** The state in words (the scenario, the filters, the scale and price). */
  stateWords: string;
  scenarioName: string | null;
  /** What the link got wrong, in words (the view's own notices); the files show the defaults then. */
  notices: string[];
  link: ExportLink;
  panels: Panel[];
  /** The view's files' name without extension, after the view and its state. */
  fileBase: string;
  report: { title: string; house: string; date: string; rating: string };
  brand: string;
  words: Messages["Exports"] & { origin: Record<FigureOrigin, string> };
};
