import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import { exportFileBase } from "@/lib/export/file-name";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

import { DEFAULT_MODELS_QUERY, type ModelsQuery } from "./params";
import {
  describeActiveFilters,
  modelsChartSubtitle,
  modelsFileParts,
  moeWords,
  paramsWords,
  withQualifier,
} from "./words";

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
    expect(modelsChartSubtitle(tEn, describeActiveFilters(tEn, filtered, "en", companies), 3)).toBe(
      "Region: China · Weights: Open (3 models)",
    );
    expect(modelsChartSubtitle(tZh, describeActiveFilters(tZh, filtered, "zh", companies), 3)).toBe(
      "地区：中国 · 开源/闭源：开源（共 3 个模型）",
    );
  });
});

describe("modelsFileParts", () => {
  it("names the file after the filters, in the form's order", () => {
    expect(exportFileBase("models", modelsFileParts(state({ region: "CN", access: "open" })))).toBe("models-cn-open");
    expect(
      exportFileBase("models-releases", modelsFileParts(state({ company: "deepseek", from: "2024-01", q: "R1" }))),
    ).toBe("models-releases-deepseek-from-2024-01-q-r1");
  });
  it("is just the chart's name without filters", () => {
    expect(modelsFileParts(state({ sort: "params", view: "params" }))).toEqual([]);
  });
});

describe("moeWords and paramsWords", () => {
  const company = { nameZh: "OpenAI", nameEn: "OpenAI" };
  const r1 = { slug: "deepseek-r1", moe: false, paramsB: 671, company: { nameZh: "深度求索", nameEn: "DeepSeek" } };
  it("never says 'no' where the note is silent, and gives a caveat's MoE with its source", () => {
    expect(moeWords(tZh, { slug: "gpt-4o", moe: false, paramsB: null, company }, "zh")).toEqual({
      text: "研报未标注",
      source: null,
    });
    expect(moeWords(tEn, { slug: "grok-1", moe: true, paramsB: 314, company }, "en")).toEqual({
      text: "Yes",
      source: null,
    });
    expect(moeWords(tZh, r1, "zh")).toEqual({
      text: "是（总参数 671B，激活 37B）",
      source: "据 DeepSeek 公开的 DeepSeek-R1 模型说明，研报表格未标注 MoE",
    });
    expect(withQualifier(tEn, moeWords(tEn, r1, "en"))).toBe(
      "Yes (671B total, 37B active). Per DeepSeek's published DeepSeek-R1 model card (the note's table does not mark it MoE)",
    );
  });
  it("marks o1's 300B as the note's figure wherever it is written out", () => {
    const o1 = { slug: "o1", moe: false, paramsB: 300, company };
    expect(paramsWords(tZh, o1, "zh")).toEqual({ text: "300B", qualifier: "研报数字，OpenAI 未公开" });
    expect(withQualifier(tZh, paramsWords(tZh, o1, "zh"))).toBe("300B（研报数字，OpenAI 未公开）");
    expect(withQualifier(tEn, paramsWords(tEn, { ...o1, slug: "phi-3", paramsB: 3.8 }, "en"))).toBe("3.8B");
    expect(paramsWords(tEn, { ...o1, slug: "gpt-4o", paramsB: null }, "en")).toEqual({
      text: "Undisclosed",
      qualifier: null,
    });
  });
});
