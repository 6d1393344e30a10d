import type { OgCard } from "./card";
import { clampText, textWidth, wrapText } from "./text-fit";

/**
 * Where everything on a 1200×630 preview card goes, decided before Satori draws it: each text is
 * broken into lines by the width model (text-fit.ts) and drawn line by line, so nothing wraps on
 * its own, and the chart gets the height the texts leave. Every box is inside the card by
 * construction; layout.test.ts checks it for long texts in both languages.
 */
export const OG_CARD = { width: 1200, height: 630, padTop: 34, padX: 56, padBottom: 24 } as const;
export const OG_CONTENT_WIDTH = OG_CARD.width - 2 * OG_CARD.padX;

export type OgTextBlock = { lines: string[]; fontSize: number; lineHeight: number; height: number };
export type OgLegendLayout = { rows: OgCard["legend"][]; fontSize: number; lineHeight: number; height: number };

export type OgLayout = {
  kicker: OgTextBlock;
  title: OgTextBlock;
  subtitle: OgTextBlock;
  legend: OgLegendLayout;
  /** The chart's box, value texts and category labels included. */
  chart: { top: number; height: number; barHeight: number; labelSize: number; valueSize: number };
  source: OgTextBlock;
  /** Vertical gaps between the blocks, in drawing order. */
  gap: number;
};

const block = (lines: string[], fontSize: number, lineHeight = Math.round(fontSize * 1.25)): OgTextBlock => ({
  lines,
  fontSize,
  lineHeight,
  height: lines.length * lineHeight,
});

export const LEGEND_SWATCH = 14;
export const LEGEND_GAP = 20;
const legendEntryWidth = (label: string, fontSize: number) =>
  LEGEND_SWATCH + 6 + textWidth(label, fontSize) + LEGEND_GAP;

/** The title on one line at the largest size that fits, else on two at the smallest. */
function titleBlock(title: string): OgTextBlock {
  for (const size of [40, 36, 32, 28]) {
    if (textWidth(title, size) <= OG_CONTENT_WIDTH) return block([title], size);
  }
  return block(clampText(title, 28, OG_CONTENT_WIDTH, 2), 28);
}

function legendLayout(legend: OgCard["legend"], unit: string | undefined): OgLegendLayout {
  const entries = unit ? [{ label: unit, color: "" }, ...legend] : legend;
  const rowsAt = (fontSize: number) => {
    const rows: OgCard["legend"][] = [];
    let width = 0;
    for (const entry of entries) {
      const entryWidth = legendEntryWidth(entry.label, fontSize);
      if (rows.length === 0 || width + entryWidth - LEGEND_GAP > OG_CONTENT_WIDTH) {
        rows.push([]);
        width = 0;
      }
      rows.at(-1)!.push(entry);
      width += entryWidth;
    }
    return rows;
  };
  // Smaller type before a third row.
  const fontSize = rowsAt(16).length <= 2 ? 16 : 14;
  const rows = rowsAt(fontSize);
  const lineHeight = fontSize + 6;
  return { rows, fontSize, lineHeight, height: rows.length * lineHeight };
}

export function layoutOgCard(
  card: Pick<OgCard, "kicker" | "title" | "subtitle" | "legend" | "source" | "unit">,
): OgLayout {
  const gap = 10;
  const kicker = block(clampText(card.kicker, 18, OG_CONTENT_WIDTH, 1), 18, 22);
  const title = titleBlock(card.title);
  const subtitle = block(clampText(card.subtitle, 20, OG_CONTENT_WIDTH, 2), 20, 26);
  const legend = legendLayout(card.legend, card.unit);
  const source = block(clampText(card.source, 14, OG_CONTENT_WIDTH, 3), 14, 18);
  const top = OG_CARD.padTop + kicker.height + 4 + title.height + 6 + subtitle.height + gap + legend.height + gap;
  const height = OG_CARD.height - OG_CARD.padBottom - source.height - gap - top;
  const valueSize = 14;
  const labelSize = 16;
  // Above the bars: their value texts; below: the category labels.
  const barHeight = height - (valueSize + 6) - (labelSize + 12);
  return { kicker, title, subtitle, legend, chart: { top, height, barHeight, labelSize, valueSize }, source, gap };
}

/** A facts card's tiles: three to a row, in the chart's box. */
export const FACT_COLUMNS = 3;
export const FACT_GAP = 16;
export const FACT_PAD = 18;
const FACT_LABEL = 18;
const FACT_QUALIFIER = 16;

export type OgFactLayout = {
  label: OgTextBlock;
  value: OgTextBlock;
  qualifier: OgTextBlock | null;
  /** The origin badge's text size and width (it sits beside the label). */
  badge: { fontSize: number; width: number; text: string };
};

/** A badge's box: its text with 8 px and a 1 px border each side. */
const badgeWidth = (text: string, fontSize: number) => Math.ceil(textWidth(text, fontSize)) + 18;

/**
 * A value too wide for one line (or broken where it reads best, at "\n"): two lines at 26 px when it
 * fits them, else at most three at 22.
 */
function valueLines(value: string, width: number): OgTextBlock {
  const parts = value.split("\n");
  const at = (fontSize: number) => parts.flatMap((part) => wrapText(part, fontSize, width));
  const large = at(26);
  if (large.length <= 2) return block(large, 26);
  const small = at(22);
  return block(small.length <= 3 ? small : clampText(small.join(" "), 22, width, 3), 22);
}

/**
 * Each fact's tile, `tileWidth` wide and `tileHeight` high: the label (with its origin's badge) on one
 * line, the value at the largest size that fits on one line (else on two or three smaller), the
 * qualifier in at most the lines the tile has left. Everything fits its tile by construction.
 */
export function layoutFacts(
  facts: NonNullable<OgCard["facts"]>,
  tileWidth: number,
  tileHeight: number,
): OgFactLayout[] {
  const inner = tileWidth - 2 * FACT_PAD;
  return facts.map((fact) => {
    const badge = { fontSize: 14, text: fact.origin, width: badgeWidth(fact.origin, 14) };
    const label = block(clampText(fact.label, FACT_LABEL, inner - badge.width - 10, 1), FACT_LABEL, 24);
    const size = fact.value.includes("\n")
      ? undefined
      : [40, 34, 28].find((candidate) => textWidth(fact.value, candidate) <= inner);
    const value = size ? block([fact.value], size) : valueLines(fact.value, inner);
    const left = tileHeight - 2 * FACT_PAD - label.height - 8 - value.height - 6;
    const qualifierLines = Math.floor(left / 20);
    const qualifier =
      fact.qualifier && qualifierLines > 0
        ? block(clampText(fact.qualifier, FACT_QUALIFIER, inner, Math.min(2, qualifierLines)), FACT_QUALIFIER, 20)
        : null;
    return { label, value, qualifier, badge };
  });
}

/** A facts card's tile size in its chart box. */
export function factTile(chartHeight: number, count: number): { width: number; height: number } {
  const rows = Math.max(1, Math.ceil(count / FACT_COLUMNS));
  return {
    width: Math.floor((OG_CONTENT_WIDTH - (FACT_COLUMNS - 1) * FACT_GAP) / FACT_COLUMNS),
    height: Math.floor((chartHeight - (rows - 1) * FACT_GAP) / rows),
  };
}

/** Category labels on one line each, at most `width` wide. */
export function fitLabel(label: string, fontSize: number, width: number): string {
  return clampText(label, fontSize, width, 1)[0] ?? "";
}

/** Space on each side of a column bar; a value text may use it, less VALUE_GAP to its neighbour's. */
export const BAR_MARGIN = 3;
const VALUE_GAP = 4;
/** Value texts step down to these sizes before one is cut ("910–930" must not read "910–9…"). */
const VALUE_SIZES = [14, 13, 12] as const;

export type OgColumn = {
  label: string;
  /** The group's share of the chart's width (flex-grow): its number of bars, so every bar is as wide. */
  weight: number;
  /** Each bar's value text as drawn, fitted to `valueWidth`; null when the bar has none. */
  texts: (string | null)[];
};
export type OgColumnsLayout = {
  columns: OgColumn[];
  /** The width of a group's slot per unit of weight, px. */
  slotPerBar: number;
  barWidth: number;
  /** The widest a value text may be: its bar's width and margins, less the gap to the next one. */
  valueWidth: number;
  valueSize: number;
  labelSize: number;
};

/**
 * The column chart's geometry: each group's slot is as wide as its bars need (a company with one
 * bar does not take a three-bar slot), so all bars share one width, and the value texts take the
 * largest size at which every one of them fits over its bar whole.
 */
export function layoutColumns(card: Pick<OgCard, "groups" | "stacked">, chart: OgLayout["chart"]): OgColumnsLayout {
  const weights = card.groups.map((group) => (card.stacked ? 1 : Math.max(1, group.bars.length)));
  const bars = weights.reduce((sum, weight) => sum + weight, 0);
  const slotPerBar = OG_CONTENT_WIDTH / Math.max(1, bars);
  const barWidth = Math.min(200, Math.floor(slotPerBar * 0.84));
  const valueWidth = barWidth + 2 * BAR_MARGIN - VALUE_GAP;
  const texts = card.groups.flatMap((group) => group.bars.flatMap((bar) => (bar.text ? [bar.text] : [])));
  const valueSize =
    VALUE_SIZES.find((size) => size <= chart.valueSize && texts.every((text) => textWidth(text, size) <= valueWidth)) ??
    VALUE_SIZES.at(-1)!;
  const labelSize = card.groups.length > 10 ? 13 : chart.labelSize;
  return {
    columns: card.groups.map((group, index) => ({
      label: fitLabel(group.label, labelSize, weights[index]! * slotPerBar - 4),
      weight: weights[index]!,
      texts: group.bars.map((bar) => (bar.text ? fitLabel(bar.text, valueSize, valueWidth) : null)),
    })),
    slotPerBar,
    barWidth,
    valueWidth,
    valueSize,
    labelSize,
  };
}
