import { describe, expect, it } from "vitest";

import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

import type { OgCard } from "./card";
import {
  FACT_COLUMNS,
  FACT_GAP,
  FACT_PAD,
  factTile,
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
