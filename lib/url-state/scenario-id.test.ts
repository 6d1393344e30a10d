import { describe, expect, it } from "vitest";

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
