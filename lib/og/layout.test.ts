import { describe, expect, it } from "vitest";

import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

import type { OgCard } from "./card";
import { layoutOgCard, LEGEND_GAP, LEGEND_SWATCH, OG_CARD, OG_CONTENT_WIDTH, type OgTextBlock } from "./layout";
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
