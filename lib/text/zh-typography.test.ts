import { describe, expect, it } from "vitest";

import {
  cjkSpacingIssues,
  halfWidthPunctuationNextToChinese,
  latinSentences,
  withFullWidthBrackets,
  withFullWidthQuestionMarks,
  zhNameWithDegree,
} from "./zh-typography";

describe("halfWidthPunctuationNextToChinese", () => {
  it("finds half-width , : ; ( ) beside Chinese", () => {
    expect(halfWidthPunctuationNextToChinese("资料来源:华泰研究")).toHaveLength(1);
    expect(halfWidthPunctuationNextToChinese("视频(帧)")).toHaveLength(2);
    expect(halfWidthPunctuationNextToChinese("中国 ,美国")).toHaveLength(1);
  });
  it("passes full-width punctuation and half-width between Latin text", () => {
    expect(halfWidthPunctuationNextToChinese("资料来源：华泰研究（2025）")).toEqual([]);
    expect(halfWidthPunctuationNextToChinese("Llama 3 (8B, 70B)；")).toEqual([]);
  });
  it("treats placeholders as Chinese when asked", () => {
    expect(halfWidthPunctuationNextToChinese("{name}:{value}", { placeholdersAsChinese: true })).toHaveLength(1);
    expect(halfWidthPunctuationNextToChinese("{name}:{value}")).toEqual([]);
  });
});

describe("cjkSpacingIssues", () => {
  it("wants one space between Chinese and Latin letters or digits", () => {
    expect(cjkSpacingIssues("2024年")).toHaveLength(1);
    expect(cjkSpacingIssues("发布R1")).toHaveLength(1);
    expect(cjkSpacingIssues("2024 年发布 R1 模型")).toEqual([]);
    expect(cjkSpacingIssues("3,930 万 GPU 小时 算得")).toHaveLength(1);
  });
  it("wants no space beside full-width punctuation", () => {
    expect(cjkSpacingIssues("2,253 亿美元 ，")).toHaveLength(1);
    expect(cjkSpacingIssues("（ 研报）")).toHaveLength(1);
    expect(cjkSpacingIssues("约 2,253 亿美元，研报")).toEqual([]);
  });
});

describe("latinSentences", () => {
  it("finds English phrases", () => {
    expect(latinSentences("来源：FactSet consensus as cited by the note")).toEqual([
      "FactSet consensus as cited by the note",
    ]);
    expect(latinSentences("as cited")).toEqual(["as cited"]);
    expect(latinSentences("FY2024 (Jul 2023 - Jun 2024)")).toHaveLength(1);
  });
  it("passes names, codes and the allowed multi-word names", () => {
    expect(latinSentences("DeepSeek-R1（671B）、OpenAI o1、Scaling Law、SAC S0570521050001 · SFC AUZ066")).toEqual([]);
    expect(latinSentences("星际之门（The Stargate Project）；AI Capex Lens")).toEqual([]);
    expect(latinSentences("Llama 3 系列：8B、70B、405B 三个模型合计（H100-80GB）")).toEqual([]);
  });
});

describe("withFullWidthBrackets", () => {
  it("sets brackets around Chinese words full-width and drops the space before them", () => {
    expect(withFullWidthBrackets("增持 (维持)")).toBe("增持（维持）");
    expect(withFullWidthBrackets("Alphabet(谷歌)")).toBe("Alphabet（谷歌）");
    expect(withFullWidthBrackets("Massive Multitask Language Understanding (MMLU)")).toBe(
      "Massive Multitask Language Understanding (MMLU)",
    );
  });
});

describe("withFullWidthQuestionMarks", () => {
  it("sets a question mark after Chinese words full-width, the space before it dropped", () => {
    expect(withFullWidthQuestionMarks("DeepSeek 是否会改变 AI 投资范式?")).toBe("DeepSeek 是否会改变 AI 投资范式？");
    expect(withFullWidthQuestionMarks("是否有效 ?")).toBe("是否有效？");
  });
  it("leaves a question mark after Latin text, and a full-width one, as they are", () => {
    expect(withFullWidthQuestionMarks("Will DeepSeek change the AI investment paradigm?")).toBe(
      "Will DeepSeek change the AI investment paradigm?",
    );
    expect(withFullWidthQuestionMarks("范式？")).toBe("范式？");
  });
});

describe("zhNameWithDegree", () => {
  it("keeps the PhD the note prints after the name, after a full-width comma", () => {
    expect(zhNameWithDegree("黄乐平", "Leping Huang, PhD")).toBe("黄乐平，PhD");
  });
  it("leaves a name without a degree, and one that has it already, as it is", () => {
    expect(zhNameWithDegree("陈旭东", "Xudong Chen")).toBe("陈旭东");
    expect(zhNameWithDegree("黄乐平，PhD", "Leping Huang, PhD")).toBe("黄乐平，PhD");
  });
});
