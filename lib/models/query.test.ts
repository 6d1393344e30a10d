import { describe, expect, it } from "vitest";

import { noteModels } from "@/lib/testing/note-models";

import { DEFAULT_MODELS_QUERY, type ModelsQuery } from "./params";
import { applyModelsQuery, filterModels, modelCompanies, sortModels } from "./query";

const models = noteModels();
const names = (rows: { nameEn: string }[]) => rows.map((row) => row.nameEn);
const filtered = (state: Partial<ModelsQuery>) => names(filterModels(models, { ...DEFAULT_MODELS_QUERY, ...state }));

describe("filterModels", () => {
  it("keeps all 16 without filters", () => {
    expect(filtered({})).toHaveLength(16);
  });

  it("region CN with open weights is Qwen 1.5, Yi-VL and DeepSeek-R1", () => {
    expect(filtered({ region: "CN", access: "open" })).toEqual(["Qwen 1.5", "Yi-VL", "DeepSeek-R1"]);
  });

  it("filters by company slug", () => {
    expect(filtered({ company: "openai" })).toEqual(["o1", "GPT-4o", "GPT-4 Turbo", "Sora"]);
    expect(filtered({ company: "01-ai" })).toEqual(["Yi-VL"]);
  });

  it("matches a modality in the inputs or the outputs", () => {
    // Sora and ERNIE/SenseNova output video; Gemini takes video in; video_frames is a separate code.
    expect(filtered({ modality: "video" })).toEqual(["Sora", "Gemini", "ERNIE 4.0", "SenseNova 5.0"]);
    expect(filtered({ modality: "audio" })).toEqual(["GPT-4o", "Gemini 1.5"]);
    expect(filtered({ modality: "video_frames" })).toEqual(["GPT-4o", "Gemini 1.5"]);
  });

  it("filters a release range, inclusive at both ends", () => {
    expect(filtered({ from: "2024-12" })).toEqual(["o1", "DeepSeek-R1"]);
    expect(filtered({ to: "2023-11" })).toEqual(["GPT-4 Turbo", "ERNIE 4.0", "Grok-1"]);
    expect(filtered({ from: "2024-04", to: "2024-04" })).toEqual(["SenseNova 5.0", "Llama 3", "Phi-3"]);
  });

  it("searches model and company names in both languages, ignoring case", () => {
    expect(filtered({ q: "深度求索" })).toEqual(["DeepSeek-R1"]);
    expect(filtered({ q: "DEEPSEEK" })).toEqual(["DeepSeek-R1"]);
    expect(filtered({ q: "日日新" })).toEqual(["SenseNova 5.0"]);
    expect(filtered({ q: "sensenova" })).toEqual(["SenseNova 5.0"]);
    expect(filtered({ q: "谷歌" })).toEqual(["Gemini 1.5", "Gemini"]);
    expect(filtered({ q: "gpt-o1" })).toEqual(["o1"]);
    expect(filtered({ q: "no such model" })).toEqual([]);
  });
});

describe("sortModels", () => {
  it("without a sort column keeps the note's order", () => {
    const shuffled = [...models].reverse();
    expect(names(sortModels(shuffled, null, "asc", "en"))).toEqual(names(models));
  });

  it("sorts parameters with the undisclosed last in both directions", () => {
    const desc = sortModels(models, "params", "desc", "en");
    expect(desc[0]?.nameEn).toBe("DeepSeek-R1");
    expect(desc.slice(0, 8).map((model) => model.paramsB)).toEqual([671, 600, 314, 300, 72, 70, 34, 3.8]);
    expect(desc.slice(8).every((model) => model.paramsB === null)).toBe(true);
    const asc = sortModels(models, "params", "asc", "en");
    expect(asc.slice(0, 8).map((model) => model.paramsB)).toEqual([3.8, 34, 70, 72, 300, 314, 600, 671]);
    expect(asc.slice(8).every((model) => model.paramsB === null)).toBe(true);
    // Ties (the undisclosed) keep the note's order.
    expect(names(asc.slice(8))).toEqual([
      "GPT-4o",
      "GPT-4 Turbo",
      "Sora",
      "Gemini 1.5",
      "Gemini",
      "Claude 3",
      "ERNIE 4.0",
      "GLM-4",
    ]);
  });

  it("sorts release months, names in the locale's collation, and open weights first ascending", () => {
    expect(sortModels(models, "released", "desc", "en")[0]?.nameEn).toBe("DeepSeek-R1");
    expect(sortModels(models, "released", "asc", "en")[0]?.nameEn).toBe("ERNIE 4.0");
    expect(names(sortModels(models, "company", "asc", "en")).slice(0, 3)).toEqual(["Yi-VL", "Qwen 1.5", "Claude 3"]);
    expect(sortModels(models, "company", "desc", "en")[0]?.company.nameEn).toBe("Zhipu AI");
    // zh collates Chinese names by pinyin: 百度 (bǎi) before 谷歌 (gǔ).
    const zhCompanies = sortModels(models, "company", "asc", "zh").map((model) => model.company.nameZh);
    expect(zhCompanies.indexOf("百度")).toBeLessThan(zhCompanies.indexOf("谷歌"));
    expect(
      sortModels(models, "access", "asc", "en")
        .slice(0, 6)
        .every((model) => model.openWeights),
    ).toBe(true);
    expect(sortModels(models, "access", "desc", "en")[0]?.openWeights).toBe(false);
    expect(sortModels(models, "region", "asc", "en")[0]?.region).toBe("CN");
  });
});

describe("applyModelsQuery", () => {
  it("filters then sorts", () => {
    const rows = applyModelsQuery(models, {
      ...DEFAULT_MODELS_QUERY,
      region: "CN",
      access: "open",
      sort: "params",
      dir: "desc",
    });
    expect(names(rows)).toEqual(["DeepSeek-R1", "Qwen 1.5", "Yi-VL"]);
  });
});

describe("modelCompanies", () => {
  it("lists each company once, in id order, whatever the models' order", () => {
    const openai = { id: 2, slug: "openai" };
    const deepseek = { id: 5, slug: "deepseek" };
    const meta = { id: 1, slug: "meta" };
    const rows = [
      { company: deepseek },
      { company: openai },
      { company: deepseek },
      { company: meta },
      { company: openai },
    ];
    expect(modelCompanies(rows).map((company) => company.slug)).toEqual(["meta", "openai", "deepseek"]);
    expect(modelCompanies([])).toEqual([]);
  });
});
