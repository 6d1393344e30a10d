import { describe, expect, it } from "vitest";

import { missingRecordLocale, recordPath } from "./missing-record";

const lookups = (models: string[], scenarios: string[]) => ({
  modelExists: async (slug: string) => models.includes(slug),
  scenarioExists: async (id: string) => scenarios.includes(id),
});

describe("recordPath", () => {
  it("reads the locale, the kind and the key of a record page", () => {
    expect(recordPath("/en/models/deepseek-r1")).toEqual({ locale: "en", kind: "model", key: "deepseek-r1" });
    expect(recordPath("/zh/s/Ab3dE5gH9k/")).toEqual({ locale: "zh", kind: "scenario", key: "Ab3dE5gH9k" });
    expect(recordPath("/zh/models/%E6%A8%A1")).toEqual({ locale: "zh", kind: "model", key: "模" });
  });

  it("leaves every other path alone", () => {
    for (const path of [
      "/zh/models",
      "/en/capex",
      "/zh/models/a/b",
      "/fr/models/x",
      "/s/Ab3dE5gH9k",
      "/api/models/x",
    ]) {
      expect(recordPath(path)).toBeNull();
    }
  });
});

describe("missingRecordLocale", () => {
  const known = lookups(["deepseek-r1"], ["Ab3dE5gH9k"]);

  it("names the locale of a record that does not exist", async () => {
    expect(await missingRecordLocale("/en/models/nope", known)).toBe("en");
    expect(await missingRecordLocale("/zh/s/Zz9zZz9zZz", known)).toBe("zh");
    // Not an id's shape: unknown without asking the database.
    const never = { modelExists: async () => true, scenarioExists: async () => true };
    expect(await missingRecordLocale("/zh/s/short", never)).toBe("zh");
  });

  it("lets existing records and other paths through", async () => {
    expect(await missingRecordLocale("/en/models/deepseek-r1", known)).toBeNull();
    expect(await missingRecordLocale("/zh/s/Ab3dE5gH9k", known)).toBeNull();
    expect(await missingRecordLocale("/zh/capex", known)).toBeNull();
  });

  it("lets the request through when the lookup fails (the page reports the error)", async () => {
    const failing = {
      modelExists: async () => Promise.reject(new Error("database gone")),
      scenarioExists: async () => Promise.reject(new Error("database gone")),
    };
    expect(await missingRecordLocale("/en/models/nope", failing)).toBeNull();
  });
});
