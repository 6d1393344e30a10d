import { describe, expect, it } from "vitest";
import { loadFacts } from "./load";
import { parseFacts } from "./schema";

describe("facts.json", () => {
  it("validates against the schema", () => {
    const facts = loadFacts();
    expect(facts.models.rows).toHaveLength(16);
    expect(facts.report.capex.total_2024_usd_bn).toBe(225.3);
  });

  it("names the broken field when a value is wrong", () => {
    const broken = structuredClone(loadFacts()) as unknown as { models: { rows: { released: string; params_b: unknown }[] } };
    broken.models.rows[3]!.released = "2024-13";
    broken.models.rows[5]!.params_b = "many";
    expect(() => parseFacts(broken)).toThrow(/models\.rows\.3\.released: expected YYYY-MM/);
    expect(() => parseFacts(broken)).toThrow(/models\.rows\.5\.params_b/);
  });

  it("names a missing section", () => {
    const { report: _report, ...withoutReport } = loadFacts();
    expect(() => parseFacts(withoutReport)).toThrow(/^facts\.json is invalid:\nreport: /);
  });
});
