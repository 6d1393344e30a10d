import { describe, expect, it } from "vitest";

import { loadFacts } from "@/lib/facts/load";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

import type { OgCard } from "./card";
import { amountText, rangeText } from "./card-values";
import {
  BAR_MARGIN,
  FACT_COLUMNS,
  FACT_GAP,
  FACT_PAD,
  factTile,
  layoutColumns,
  layoutFacts,
  layoutOgCard,
  LEGEND_GAP,
  LEGEND_SWATCH,
  OG_CARD,
  OG_CONTENT_WIDTH,
  type OgTextBlock,
} from "./layout";
import { textWidth } from "./text-fit";

/** The capex cards' longest texts in each language (the guidance preset's legend and source, the plans' subtitle). */
function longCard(messages: typeof zh): Pick<OgCard, "kicker" | "title" | "subtitle" | "legend" | "source" | "unit"> {
  const c = messages.Capex;
  return {
    kicker: `${messages.Meta.appName} · ${messages.Nav.capex}`,
    title: `“${"很长的情景名称".repeat(4)}” · ${c.chartBarsTitle} ${messages.AfterNote.plansTitle}`,
    subtitle: `${messages.AfterNote.plansSubtitle} ${c.presetHint_guidance}`,
    unit: c.ogUnit,
    legend: [
      { label: c.legendShade2024, color: "#ccc" },
      { label: c.legendShade2025, color: "#666" },
      { label: c.legendActual, color: "#111" },
      { label: c.basisLegend.replace("{items}", "Microsoft USD 88.2 bn, Amazon USD 128.3 bn"), color: "" },
    ],
    source: `${c.basisMix} ${c.sourceBars} ${c.sourceBarsActual} ${messages.AfterNote.plansSource}`,
  };
}

const linesFit = (block: OgTextBlock) =>
  block.lines.every((line) => textWidth(line, block.fontSize) <= OG_CONTENT_WIDTH);

describe("the preview card's layout", () => {
  it.each([
    ["zh", zh],
    ["en", en],
  ] as const)(
    "keeps every text of a long %s card inside the card, the legend included, with room for the bars",
    (_, messages) => {
      const layout = layoutOgCard(longCard(messages));
      for (const block of [layout.kicker, layout.title, layout.subtitle, layout.source])
        expect(linesFit(block)).toBe(true);
      expect(layout.title.lines.length).toBeLessThanOrEqual(2);
      expect(layout.subtitle.lines.length).toBeLessThanOrEqual(2);
      expect(layout.source.lines.length).toBeLessThanOrEqual(3);
      // The legend is drawn, in full, each row inside the card.
      expect(layout.legend.rows.flat()).toHaveLength(5);
      for (const row of layout.legend.rows) {
        const width = row.reduce(
          (sum, entry) =>
            sum + (entry.color ? LEGEND_SWATCH + 6 : 0) + textWidth(entry.label, layout.legend.fontSize) + LEGEND_GAP,
          -LEGEND_GAP,
        );
        expect(width).toBeLessThanOrEqual(OG_CONTENT_WIDTH);
      }
      // The blocks stack to exactly the card's height: nothing runs off the bottom.
      const bottom = layout.chart.top + layout.chart.height + layout.gap + layout.source.height + OG_CARD.padBottom;
      expect(bottom).toBe(OG_CARD.height);
      expect(layout.chart.barHeight).toBeGreaterThan(150);
    },
  );

  it("gives a short title one line at the largest size", () => {
    const layout = layoutOgCard({ ...longCard(en), title: en.Capex.chartBarsTitle });
    expect(layout.title).toMatchObject({ lines: [en.Capex.chartBarsTitle], fontSize: 40 });
  });
});

type Amount = { usd_bn?: number | null; usd_bn_low?: number; usd_bn_high?: number };
/** A statement's bar text as the card prints it; null for a statement without a figure. */
const barText = (amount: Amount, locale: "zh" | "en") =>
  typeof amount.usd_bn === "number"
    ? amountText(amount.usd_bn, locale)
    : amount.usd_bn_low !== undefined && amount.usd_bn_high !== undefined
      ? rangeText(amount.usd_bn_low, amount.usd_bn_high, locale)
      : null;

/** The plans cards' groups from facts.json, as cards.ts builds them: first and last statement (and the outcome) per company. */
function plansGroups(locale: "zh" | "en"): { plans2025: OgCard["groups"]; plans2026: OgCard["groups"] } {
  const facts = loadFacts();
  const bars = (texts: (string | null)[]) =>
    texts.flatMap((text) => (text === null ? [] : [{ value: 1, color: "#000", text }]));
  return {
    plans2025: facts.capex_guidance_path_2025.rows.map((path) => {
      const stated = path.steps.map((step) => barText(step, locale)).filter((text) => text !== null);
      const shown = stated.length > 1 ? [stated[0]!, stated.at(-1)!] : stated;
      return { label: path.company, bars: bars([...shown, amountText(path.outcome.usd_bn, locale)]) };
    }),
    plans2026: facts.capex_guidance_2026.rows
      .map((row) => ({
        label: row.company,
        bars: bars([barText(row, locale), row.revised ? barText(row.revised, locale) : null]),
      }))
      .filter((group) => group.bars.length > 0),
  };
}

describe("the column chart's value texts", () => {
  const chart = layoutOgCard(longCard(zh)).chart;

  it.each(["zh", "en"] as const)("draws every %s plan's value and range whole, inside its own box", (locale) => {
    const { plans2025, plans2026 } = plansGroups(locale);
    // The ranges the cards show: Alphabet's 91–93 and Meta's 60–65 … 70–72 in 2025, 175–185 … in 2026.
    expect(plans2025.flatMap((group) => group.bars.map((bar) => bar.text))).toContain(
      locale === "zh" ? "910–930" : "91–93",
    );
    for (const groups of [plans2025, plans2026]) {
      const layout = layoutColumns({ groups }, chart);
      expect(layout.columns.map((column) => column.texts)).toEqual(
        groups.map((group) => group.bars.map((bar) => bar.text)),
      );
      for (const text of layout.columns.flatMap((column) => column.texts))
        expect(textWidth(text!, layout.valueSize)).toBeLessThanOrEqual(layout.valueWidth);
      // A text's box is narrower than its bar's pitch: neighbouring values never touch.
      expect(layout.valueWidth).toBeLessThan(layout.barWidth + 2 * BAR_MARGIN);
      // The slots fill the chart's width, and every group's bars fit in its slot.
      const weights = layout.columns.map((column) => column.weight);
      expect(weights.reduce((sum, weight) => sum + weight, 0) * layout.slotPerBar).toBeCloseTo(OG_CONTENT_WIDTH);
      for (const column of layout.columns)
        expect(column.texts.length * (layout.barWidth + 2 * BAR_MARGIN)).toBeLessThanOrEqual(
          column.weight * layout.slotPerBar,
        );
    }
  });

  it("steps the value texts down a size before it cuts one", () => {
    const groups = Array.from({ length: 5 }, (_, index) => ({
      label: `G${index}`,
      bars: ["1,234", "910–930", "999"].map((text) => ({ value: 1, color: "#000", text })),
    }));
    const layout = layoutColumns({ groups }, chart);
    expect(layout.valueSize).toBeLessThan(chart.valueSize);
    expect(layout.columns[0]!.texts).toEqual(["1,234", "910–930", "999"]);
  });
});

/** A model card's facts with the longest texts an editor could give them (a company's long name, o1's qualifier). */
function longFacts(messages: typeof zh): NonNullable<OgCard["facts"]> {
  const m = messages.Models;
  const origin = messages.Origin.note;
  const company = "International Business Machines Research 国际商业机器研究院";
  return [
    { label: m.colCompany, value: company, origin },
    { label: m.colRegion, value: m.regionCN, origin },
    { label: m.colParams, value: "1,234.5B", qualifier: m.paramsNoteOnly.replace("{company}", company), origin },
    { label: m.colAccess, value: m.closed, origin },
    { label: m.colReleased, value: messages === zh ? "2024 年 12 月" : "Dec 2024", origin },
    {
      label: m.colModalities,
      value: [m.modalityText, m.modalityImage, m.modalityAudio, m.modalityVideoFrames, m.modalityVideo]
        .join(" + ")
        .concat("\n→ ", [m.modalityText, m.modalityImage, m.modalityAudio, m.modalityVideo].join(" + ")),
      origin,
    },
  ];
}

describe("a facts card's layout", () => {
  it.each([
    ["zh", zh],
    ["en", en],
  ] as const)(
    "keeps every tile of a long %s model card inside its tile, and the tiles in the chart's box",
    (_, messages) => {
      const layout = layoutOgCard({
        kicker: `${messages.Meta.appName} · ${messages.Nav.models}`,
        title: "SenseNova 5.0 Ultra Long Edition 日日新超长版本名称 with a much longer name",
        subtitle: `${messages.Models.title} · ${messages.Models.printedAs.replace("{name}", "GPT-o1 very long printed name")}`,
        legend: [],
        source: `${"Stanford ecosystem graphs, company websites, Huatai Research ".repeat(3)}`,
      });
      const facts = longFacts(messages);
      const tile = factTile(layout.chart.height, facts.length);
      const rows = Math.ceil(facts.length / FACT_COLUMNS);
      expect(FACT_COLUMNS * tile.width + (FACT_COLUMNS - 1) * FACT_GAP).toBeLessThanOrEqual(OG_CONTENT_WIDTH);
      expect(rows * tile.height + (rows - 1) * FACT_GAP).toBeLessThanOrEqual(layout.chart.height);
      const inner = tile.width - 2 * FACT_PAD;
      const tiles = layoutFacts(facts, tile.width, tile.height);
      for (const [index, fact] of tiles.entries()) {
        const fits = (block: OgTextBlock) => block.lines.every((line) => textWidth(line, block.fontSize) <= inner);
        expect(fits(fact.value), facts[index]!.value).toBe(true);
        expect(textWidth(fact.label.lines[0]!, fact.label.fontSize) + 10 + fact.badge.width).toBeLessThanOrEqual(inner);
        if (fact.qualifier) expect(fits(fact.qualifier)).toBe(true);
        const height =
          2 * FACT_PAD + fact.label.height + 8 + fact.value.height + (fact.qualifier ? 6 + fact.qualifier.height : 0);
        expect(height).toBeLessThanOrEqual(tile.height);
      }
      // A long value takes smaller type on more lines rather than running out of its tile; a short one stays large.
      expect(tiles[0]!.value.lines.length).toBeGreaterThan(1);
      expect(tiles[0]!.value.fontSize).toBeLessThan(28);
      expect(tiles[5]!.value.lines.length).toBeGreaterThan(1);
      expect(tiles[3]!.value.fontSize).toBe(40);
      expect(tiles[2]!.qualifier?.lines.length).toBeGreaterThan(0);
    },
  );
});
