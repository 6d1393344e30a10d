import { describe, expect, it } from "vitest";

import { loadFacts, loadFactsZh } from "./load";
import { parseFacts, parseFactsZh } from "./schema";

describe("facts.json", () => {
  it("validates against the schema", () => {
    const facts = loadFacts();
    expect(facts.models.rows).toHaveLength(16);
    expect(facts.report.capex.total_2024_usd_bn).toBe(225.3);
  });

  it("names the broken field when a value is wrong", () => {
    const broken = structuredClone(loadFacts()) as unknown as {
      models: { rows: { released: string; params_b: unknown }[] };
    };
    broken.models.rows[3]!.released = "2024-13";
    broken.models.rows[5]!.params_b = "many";
    expect(() => parseFacts(broken)).toThrow(/models\.rows\.3\.released: expected YYYY-MM/);
    expect(() => parseFacts(broken)).toThrow(/models\.rows\.5\.params_b/);
  });

  it("reads what happened after the note: 2025 actuals, the plans' path and the 2026 plans", () => {
    const facts = loadFacts();
    expect(facts.capex_actual_2025.rows.map((row) => row.capex_2025)).toEqual([
      64.551, 91.447, 131.819, 69.691, 12.715,
    ]);
    expect(facts.capex_guidance_path_2025.rows.find((row) => row.company === "Meta")?.steps).toHaveLength(4);
    expect(facts.capex_guidance_2026.rows.find((row) => row.company === "Alphabet")?.revised).toEqual({
      said: "2026-04-29",
      usd_bn_low: 180,
      usd_bn_high: 190,
    });
    expect(facts.capex_by_company.rows.find((row) => row.company === "Amazon")?.capex_2024).toBe(82.999);
  });

  it("refuses a plan that is half a range, or both a point and a range", () => {
    const broken = structuredClone(loadFacts()) as unknown as {
      capex_guidance_path_2025: { rows: { steps: Record<string, unknown>[] }[] };
    };
    delete broken.capex_guidance_path_2025.rows[3]!.steps[0]!.usd_bn_high;
    broken.capex_guidance_path_2025.rows[1]!.steps[3]!.usd_bn = 92;
    expect(() => parseFacts(broken)).toThrow(
      /capex_guidance_path_2025\.rows\.3\.steps\.0: a range needs usd_bn_low and usd_bn_high/,
    );
    expect(() => parseFacts(broken)).toThrow(
      /capex_guidance_path_2025\.rows\.1\.steps\.3: either usd_bn or a range, not both/,
    );
  });

  it("reads the Chinese edition, and names what is wrong in it", () => {
    expect(loadFactsZh().texts["FY2024 (Jul 2023 - Jun 2024)"]).toBe("2024 财年（2023.7–2024.6）");
    expect(() => parseFactsZh({ ...loadFactsZh(), companyBasis: { Apple: { plans: { zh: "", en: "x" } } } })).toThrow(
      /facts-zh\.json is invalid:\ncompanyBasis\.Apple\.plans\.zh/,
    );
  });

  it("names a missing section", () => {
    const { report: _report, ...withoutReport } = loadFacts();
    expect(() => parseFacts(withoutReport)).toThrow(/^facts\.json is invalid:\nreport: /);
  });
});
