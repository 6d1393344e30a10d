import { describe, expect, it } from "vitest";

import { DEFAULT_MODELS_QUERY, parseModelsQuery, serializeModelsQuery, type ModelsQuery } from "./params";

describe("parseModelsQuery", () => {
  it("reads every parameter of a valid link", () => {
    const { state, notices } = parseModelsQuery({
      region: "CN",
      access: "open",
      company: "deepseek",
      modality: "image",
      from: "2024-01",
      to: "2025-01",
      q: "qwen",
      sort: "params",
      dir: "desc",
      view: "params",
    });
    expect(notices).toEqual([]);
    expect(state).toEqual({
      region: "CN",
      access: "open",
      company: "deepseek",
      modality: "image",
      from: "2024-01",
      to: "2025-01",
      q: "qwen",
      sort: "params",
      dir: "desc",
      view: "params",
    });
  });

  it("fills defaults for what a partial link leaves out", () => {
    const { state, notices } = parseModelsQuery({ region: "US" });
    expect(notices).toEqual([]);
    expect(state).toEqual({ ...DEFAULT_MODELS_QUERY, region: "US" });
    expect(parseModelsQuery({}).state).toEqual(DEFAULT_MODELS_QUERY);
  });

  it("treats empty values (an unset GET form field) as not set, and accepts a lower-case region", () => {
    const { state, notices } = parseModelsQuery({ region: "cn", access: "", q: "  ", company: "" });
    expect(notices).toEqual([]);
    expect(state).toEqual({ ...DEFAULT_MODELS_QUERY, region: "CN" });
  });

  it("ignores malformed values with a notice each, keeping the valid ones", () => {
    const { state, notices } = parseModelsQuery({
      region: "XX",
      sort: "bogus",
      dir: "up",
      from: "2024-13",
      to: "2024-3",
      modality: "smell",
      view: "pie",
      access: "open",
      company: "Deep Seek!",
    });
    expect(state).toEqual({ ...DEFAULT_MODELS_QUERY, access: "open" });
    expect(notices.map((notice) => notice.values?.param)).toEqual([
      "region",
      "company",
      "modality",
      "from",
      "to",
      "sort",
      "dir",
      "view",
    ]);
    expect(notices.every((notice) => notice.key === "modelsInvalidValue")).toBe(true);
    expect(notices[0]).toEqual({
      key: "modelsInvalidValue",
      values: { param: "region", value: "XX" },
      params: ["region"],
    });
  });

  it("reports unknown parameters and shortens junk in notices", () => {
    const junk = "x".repeat(200);
    const { state, notices } = parseModelsQuery({ regoin: "CN", q: junk });
    expect(state).toEqual(DEFAULT_MODELS_QUERY);
    expect(notices).toEqual([
      { key: "modelsUnknownParam", values: { param: "regoin" }, params: ["regoin"] },
      { key: "modelsInvalidValue", values: { param: "q", value: `${"x".repeat(40)}…` }, params: ["q"] },
    ]);
  });

  it("uses the first value of a repeated parameter and says so", () => {
    const { state, notices } = parseModelsQuery({ region: ["CN", "US"], sort: ["released", "params"] });
    expect(state.region).toBe("CN");
    expect(state.sort).toBe("released");
    expect(notices).toEqual([
      { key: "modelsRepeatedParam", values: { param: "region", value: "CN" }, params: ["region"] },
      { key: "modelsRepeatedParam", values: { param: "sort", value: "released" }, params: ["sort"] },
    ]);
  });

  it("a repeated parameter whose first value is malformed is dropped, not replaced by the second", () => {
    const { state, notices } = parseModelsQuery({ access: ["bogus", "open"] });
    expect(state.access).toBeNull();
    expect(notices.map((notice) => notice.key)).toEqual(["modelsRepeatedParam", "modelsInvalidValue"]);
  });

  it("swaps a reversed release range with a notice", () => {
    const { state, notices } = parseModelsQuery({ from: "2025-01", to: "2024-02" });
    expect([state.from, state.to]).toEqual(["2024-02", "2025-01"]);
    expect(notices).toEqual([
      { key: "modelsRangeSwapped", values: { from: "2024-02", to: "2025-01" }, params: ["from", "to"] },
    ]);
  });

  it("drops a company that is not in the table when the known companies are given", () => {
    const known = ["openai", "deepseek"];
    expect(parseModelsQuery({ company: "deepseek" }, { companySlugs: known })).toEqual({
      state: { ...DEFAULT_MODELS_QUERY, company: "deepseek" },
      notices: [],
    });
    const { state, notices } = parseModelsQuery({ company: "acme" }, { companySlugs: known });
    expect(state.company).toBeNull();
    expect(notices).toEqual([{ key: "modelsUnknownCompany", values: { value: "acme" }, params: ["company"] }]);
  });

  it("a direction without a sort column is dropped", () => {
    expect(parseModelsQuery({ dir: "desc" }).state.dir).toBe("asc");
  });
});

describe("serializeModelsQuery", () => {
  it("omits defaults and writes parameters in a stable order", () => {
    expect(serializeModelsQuery(DEFAULT_MODELS_QUERY)).toBe("");
    const state: ModelsQuery = {
      ...DEFAULT_MODELS_QUERY,
      view: "regions",
      sort: "params",
      dir: "desc",
      access: "open",
      region: "CN",
    };
    expect(serializeModelsQuery(state)).toBe("region=CN&access=open&sort=params&dir=desc&view=regions");
    expect(serializeModelsQuery({ ...DEFAULT_MODELS_QUERY, sort: "model" })).toBe("sort=model");
  });

  it("encodes search text as nuqs writes the address bar (the browser percent-encodes the rest)", () => {
    const query = serializeModelsQuery({ ...DEFAULT_MODELS_QUERY, q: "深度 & co" });
    expect(query).toBe("q=深度+%26+co");
    expect(new URL(`http://lens.test/en/models?${query}`).search).toBe("?q=%E6%B7%B1%E5%BA%A6+%26+co");
  });

  it("round-trips: parse(serialize(state)) = state", () => {
    const states: ModelsQuery[] = [
      DEFAULT_MODELS_QUERY,
      { ...DEFAULT_MODELS_QUERY, region: "US", access: "closed", company: "openai", modality: "video_frames" },
      {
        region: "CN",
        access: "open",
        company: "01-ai",
        modality: "text",
        from: "2023-10",
        to: "2024-12",
        q: "深度求索 r1",
        sort: "released",
        dir: "desc",
        view: "params",
      },
      { ...DEFAULT_MODELS_QUERY, sort: "company", dir: "asc", view: "regions" },
    ];
    for (const state of states) {
      const query = Object.fromEntries(new URLSearchParams(serializeModelsQuery(state)));
      expect(parseModelsQuery(query)).toEqual({ state, notices: [] });
    }
  });
});
