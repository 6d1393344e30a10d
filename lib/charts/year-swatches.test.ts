import { describe, expect, it } from "vitest";

import { worstCaseDistance } from "./colour-vision";
import { CHART_PALETTES } from "./tokens";
import { yearSwatches } from "./year-swatches";

describe("yearSwatches", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`gives three swatches no reader confuses, on the ${theme} surface`, () => {
      const palette = CHART_PALETTES[theme];
      const fills = Object.values(yearSwatches(palette)).map((swatch) => swatch.fill);
      for (const [index, fill] of fills.entries()) {
        expect(worstCaseDistance(fill, palette.surface)).toBeGreaterThan(0.1);
        for (const other of fills.slice(index + 1)) expect(worstCaseDistance(fill, other)).toBeGreaterThan(0.1);
      }
    });
  }
});
