import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { exportFileBase } from "@/lib/export/file-name";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { DEFAULT_MODELS_QUERY, type ModelsQuery } from "./params";
import { describeActiveFilters, modelsChartSubtitle, modelsFileParts } from "./words";

const companies = [{ slug: "deepseek", nameZh: "深度求索", nameEn: "DeepSeek" }];
const tEn = createTranslator({ locale: "en", messages: en, namespace: "Models" });
const tZh = createTranslator({ locale: "zh", messages: zh, namespace: "Models" });
const state = (changes: Partial<ModelsQuery>): ModelsQuery => ({ ...DEFAULT_MODELS_QUERY, ...changes });

describe("modelsChartSubtitle", () => {
  it("says all models are shown when nothing is filtered", () => {
    expect(modelsChartSubtitle(tEn, describeActiveFilters(tEn, state({}), "en", companies), 16)).toBe("All 16 models");
  });
  it("states the active filters and the count in the locale's words", () => {
    const filtered = state({ region: "CN", access: "open" });
    expect(modelsChartSubtitle(tEn, describeActiveFilters(tEn, filtered, "en", companies), 3)).toBe("Region: China · Weights: Open (3 models)");
    expect(modelsChartSubtitle(tZh, describeActiveFilters(tZh, filtered, "zh", companies), 3)).toBe("地区:中国 · 权重:开源(共 3 个模型)");
  });
});

describe("modelsFileParts", () => {
  it("names the file after the filters, in the form's order", () => {
    expect(exportFileBase("models", modelsFileParts(state({ region: "CN", access: "open" })))).toBe("models-cn-open");
    expect(exportFileBase("models-releases", modelsFileParts(state({ company: "deepseek", from: "2024-01", q: "R1" })))).toBe("models-releases-deepseek-from-2024-01-q-r1");
  });
  it("is just the chart's name without filters", () => {
    expect(modelsFileParts(state({ sort: "params", view: "params" }))).toEqual([]);
  });
});
