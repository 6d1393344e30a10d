import { describe, expect, it } from "vitest";

import { wrapToWidth } from "./wrap-to-width";

describe("wrapToWidth", () => {
  it("breaks Chinese labels after full-width punctuation and before the parenthesis", () => {
    expect(wrapToWidth("DeepSeek-V3：最终一次训练（H800）", 16)).toEqual(["DeepSeek-V3：", "最终一次训练", "（H800）"]);
    expect(wrapToWidth("Llama 3 系列：8B、70B、405B 三个模型合计（H100-80GB）", 16)).toEqual([
      "Llama 3 系列：",
      "8B、70B、405B",
      "三个模型合计",
      "（H100-80GB）",
    ]);
  });

  it("breaks English labels at spaces", () => {
    expect(wrapToWidth("Llama 3 series: 8B, 70B and 405B models combined (H100-80GB)", 16)).toEqual([
      "Llama 3 series:",
      "8B, 70B and 405B",
      "models combined",
      "(H100-80GB)",
    ]);
  });

  it("leaves a short label on one line", () => {
    expect(wrapToWidth("Meta", 16)).toEqual(["Meta"]);
  });
});
