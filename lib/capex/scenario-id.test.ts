import { describe, expect, it } from "vitest";

import { savedScenarioInputSchema } from "./saved-scenario";
import { isSavedScenarioId, newSavedScenarioId } from "./scenario-id";

describe("saved scenario ids", () => {
  it("are 10 base62 characters and differ each time", () => {
    const ids = Array.from({ length: 200 }, newSavedScenarioId);
    expect(ids.every(isSavedScenarioId)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(isSavedScenarioId("short")).toBe(false);
    expect(isSavedScenarioId("../../etc1")).toBe(false);
  });
});

describe("savedScenarioInputSchema", () => {
  it("trims the name and requires 1–80 characters", () => {
    expect(savedScenarioInputSchema.parse({ name: "  <b>x</b> ", query: "preset=flat" }).name).toBe("<b>x</b>");
    expect(savedScenarioInputSchema.safeParse({ name: "   ", query: "" }).error?.issues[0]?.message).toBe(
      "nameRequired",
    );
    expect(savedScenarioInputSchema.safeParse({ name: "x".repeat(81), query: "" }).error?.issues[0]?.message).toBe(
      "nameTooLong",
    );
    expect(savedScenarioInputSchema.safeParse({ name: "x".repeat(80), query: "" }).success).toBe(true);
  });
});
