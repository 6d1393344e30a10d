import { describe, expect, it } from "vitest";

import { admitScenarioSave } from "./save-limit";

describe("admitScenarioSave", () => {
  it("admits ten saves a minute from one address, then asks it to wait, while another address still saves", async () => {
    const address = "203.0.113.7";
    const decisions = [];
    for (let i = 0; i < 12; i++) decisions.push(await admitScenarioSave(address));
    expect(decisions.slice(0, 10).every((decision) => decision.allowed)).toBe(true);
    const refused = decisions[10]!;
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect((await admitScenarioSave("203.0.113.8")).allowed).toBe(true);
  });
});
