import { describe, expect, it } from "vitest";

import { noteModels } from "@/lib/testing/note-models";

import { countByRegionAndAccess, monthRange, releasesByMonth, splitByDisclosedParams } from "./charts";

const models = noteModels();

describe("monthRange", () => {
  it("spans years inclusively", () => {
    expect(monthRange("2023-11", "2024-02")).toEqual(["2023-11", "2023-12", "2024-01", "2024-02"]);
    expect(monthRange("2024-05", "2024-05")).toEqual(["2024-05"]);
  });
});

describe("releasesByMonth", () => {
  it("counts every model once, by region, over the continuous span", () => {
    const months = releasesByMonth(models);
    expect(months[0]?.month).toBe("2023-10");
    expect(months.at(-1)?.month).toBe("2025-01");
    expect(months).toHaveLength(16);
    const total = months.reduce((sum, month) => sum + month.byRegion.US + month.byRegion.CN, 0);
    expect(total).toBe(16);
    const april = months.find((month) => month.month === "2024-04");
    expect(april?.byRegion).toEqual({ US: 2, CN: 1 });
    expect(months.find((month) => month.month === "2024-06")?.models).toEqual([]);
    expect(releasesByMonth([])).toEqual([]);
  });
});

describe("countByRegionAndAccess", () => {
  it("counts region × weights", () => {
    expect(countByRegionAndAccess(models)).toEqual([
      { region: "US", open: 3, closed: 7 },
      { region: "CN", open: 3, closed: 3 },
    ]);
    expect(countByRegionAndAccess([])).toEqual([
      { region: "US", open: 0, closed: 0 },
      { region: "CN", open: 0, closed: 0 },
    ]);
  });
});

describe("splitByDisclosedParams", () => {
  it("charts the disclosed largest first and lists the undisclosed apart", () => {
    const { disclosed, undisclosed } = splitByDisclosedParams(models);
    expect(disclosed.map((model) => model.paramsB)).toEqual([671, 600, 314, 300, 72, 70, 34, 3.8]);
    expect(undisclosed).toHaveLength(8);
  });
});
