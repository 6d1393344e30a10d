import { describe, expect, it } from "vitest";

import { extractionCorrections } from "./corrections";

describe("extractionCorrections", () => {
  const corrections = extractionCorrections({ v3CostUsdMillion: 5.576 });

  it("lists the six known extraction errors, each actually changed", () => {
    expect(corrections).toHaveLength(6);
    for (const correction of corrections) {
      expect(correction.corrected.zh).not.toBe(correction.asPrinted);
      expect(correction.corrected.en).not.toBe(correction.asPrinted);
    }
  });

  it("states the corrected V3 cost from the figure, per locale", () => {
    const v3 = corrections.find((correction) => correction.id === "v3-cost");
    expect(v3?.corrected).toEqual({ zh: "合计成本约 557.6 万美元", en: "about USD 5.576 mn in total" });
  });
});
