import { describe, expect, it } from "vitest";

import { contrastRatio, distance, lightness, worstCaseDistance } from "./colour-vision";
import { CHART_PALETTES, CHART_TYPE, EXPORT_LAYOUTS, tint, type ChartPalette, type ChartTheme } from "./tokens";

const THEMES: ChartTheme[] = ["light", "dark"];

/** Every series colour of a palette, by a key that says what it means. */
function seriesColours(palette: ChartPalette): Record<string, string> {
  return {
    ...Object.fromEntries(Object.entries(palette.company).map(([key, colour]) => [`company:${key}`, colour])),
    ...Object.fromEntries(Object.entries(palette.region).map(([key, colour]) => [`region:${key}`, colour])),
    ...Object.fromEntries(Object.entries(palette.role).map(([key, colour]) => [`role:${key}`, colour])),
  };
}

/** The colours that share one chart, where colour is what tells the series apart. */
function chartSets(palette: ChartPalette): Record<string, string[]> {
  return {
    "capex by company": Object.values(palette.company),
    "capex roles": [palette.role.y2024, palette.role.scenario, palette.role.actual2025, palette.role.note],
    "capex sensitivity": [palette.role.uniform, palette.role.note, palette.role.scenario, palette.role.actual2025],
    "models by region": Object.values(palette.region),
  };
}

function pairs<T>(items: T[]): [T, T][] {
  return items.flatMap((a, i) => items.slice(i + 1).map((b) => [a, b] as [T, T]));
}

describe.each(THEMES)("the %s chart palette", (theme) => {
  const palette = CHART_PALETTES[theme];

  it("keeps the colours of each chart apart with normal vision and with protanopia, deuteranopia or tritanopia", () => {
    for (const [chart, colours] of Object.entries(chartSets(palette))) {
      for (const [a, b] of pairs(colours))
        expect(worstCaseDistance(a, b), `${chart}: ${a} vs ${b}`).toBeGreaterThanOrEqual(0.06);
    }
  });

  it("gives every meaning its own colour across the app", () => {
    const colours = Object.entries(seriesColours(palette));
    for (const [[keyA, a], [keyB, b]] of pairs(colours))
      expect(distance(a, b), `${keyA} vs ${keyB}`).toBeGreaterThanOrEqual(0.08);
  });

  it("tells a pair of series apart by lightness too, and a tint from its full colour", () => {
    const { US, CN } = palette.region;
    expect(Math.abs(lightness(US) - lightness(CN))).toBeGreaterThanOrEqual(0.1);
    expect(Math.abs(lightness(palette.role.note) - lightness(palette.role.scenario))).toBeGreaterThanOrEqual(0.05);
    for (const colour of [...Object.values(palette.company), ...Object.values(palette.region)]) {
      expect(Math.abs(lightness(colour) - lightness(tint(colour, palette.surface))), colour).toBeGreaterThanOrEqual(
        0.1,
      );
    }
  });

  it("draws every series visibly on its surface, and text in the chart's ink and muted grey legibly", () => {
    for (const [key, colour] of Object.entries(seriesColours(palette))) {
      expect(contrastRatio(colour, palette.surface), key).toBeGreaterThanOrEqual(
        key === "role:y2024" || key === "role:uniform" ? 1.9 : 2.2,
      );
    }
    expect(contrastRatio(palette.ink, palette.surface)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(palette.muted, palette.surface)).toBeGreaterThanOrEqual(4.5);
  });
});

describe("tint", () => {
  it("moves a colour towards the surface", () => {
    expect(tint("#000000", "#FFFFFF", 0.5)).toBe("#808080");
    expect(tint("#0072B2", "#FFFFFF", 0)).toBe("#0072B2");
    expect(tint("#0072B2", "#FFFFFF", 1)).toBe("#FFFFFF");
  });
});

describe("the type scale", () => {
  it("draws ticks and legend at 24 px or more in the 1920 px slide file", () => {
    const { pixelRatio, width } = EXPORT_LAYOUTS.slide;
    expect(width * pixelRatio).toBe(1920);
    expect(CHART_TYPE.slide.tick * pixelRatio).toBeGreaterThanOrEqual(24);
    expect(CHART_TYPE.slide.legend * pixelRatio).toBeGreaterThanOrEqual(24);
  });

  it("makes the document format 1200 px wide at 2×, with larger text in the file than on screen", () => {
    const { pixelRatio, width } = EXPORT_LAYOUTS.document;
    expect([width, pixelRatio]).toEqual([1200, 2]);
    expect(CHART_TYPE.document.tick * pixelRatio).toBeGreaterThan(CHART_TYPE.screen.tick * 2);
  });
});
