import { describe, expect, it } from "vitest";

import { costRuns, gpuHoursRatio, trainingCostUsdMillion } from "./cost";

const v3 = { slug: "deepseek-v3", model: "DeepSeek-V3", gpu: "H800", gpuHoursMillion: 2.788 };
const llama = { slug: "llama-3", model: "Llama 3", gpu: "H100-80GB", gpuHoursMillion: 39.3 };

describe("trainingCostUsdMillion", () => {
  it("reproduces the V3 report's USD 5.576 M at USD 2 per GPU-hour", () => {
    expect(trainingCostUsdMillion(2.788, 2)).toBe(5.576);
  });
  it("scales with the price, without float noise", () => {
    expect(trainingCostUsdMillion(2.788, 3)).toBe(8.364);
    expect(trainingCostUsdMillion(2.788, 2.5)).toBe(6.97);
    expect(trainingCostUsdMillion(39.3, 0.1)).toBe(3.93);
  });
});

describe("costRuns", () => {
  it("prices every run at the same rate", () => {
    expect(costRuns([v3, llama], 2).map((run) => run.costUsdMillion)).toEqual([5.576, 78.6]);
  });
});

describe("gpuHoursRatio", () => {
  it("gives the note's 7% (7.09% computed)", () => {
    expect(gpuHoursRatio(v3, llama)).toBeCloseTo(0.0709, 4);
  });
});
