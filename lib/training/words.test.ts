import { describe, expect, it } from "vitest";

import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

import {
  trainingChartSubtitle,
  trainingChartTable,
  trainingCostOrigin,
  trainingFileBase,
  trainingRunLabel,
} from "./words";

const V3 = { slug: "deepseek-v3", model: "DeepSeek-V3", gpu: "H800", gpuHoursMillion: 2.788 };
const LLAMA = { slug: "llama-3", model: "Llama 3", gpu: "H100-80GB", gpuHoursMillion: 39.3 };

describe("trainingChartSubtitle", () => {
  it("states the scale only: the price changes the costs, not the GPU-hours the chart shows", () => {
    expect(trainingChartSubtitle({ scale: "log", priceUsdPerGpuHour: 2.5 }, en.Training)).toBe("Log scale");
    expect(trainingChartSubtitle({ scale: "linear", priceUsdPerGpuHour: 2 }, zh.Training)).toBe("线性坐标");
    expect(trainingChartSubtitle({ scale: "linear", priceUsdPerGpuHour: 7 }, zh.Training)).toBe("线性坐标");
  });
});

describe("trainingFileBase", () => {
  it("names the file after the scale, the one state that changes the chart", () => {
    expect(trainingFileBase({ scale: "log", priceUsdPerGpuHour: 3 })).toBe("training-gpu-hours-log");
    expect(trainingFileBase({ scale: "linear", priceUsdPerGpuHour: 2.5 })).toBe("training-gpu-hours-linear");
  });
});

describe("trainingRunLabel", () => {
  it("labels each bar for what it is: V3's final run, Llama 3's three models combined", () => {
    expect(trainingRunLabel(V3, en.Training)).toBe("DeepSeek-V3: final training run (H800)");
    expect(trainingRunLabel(LLAMA, en.Training)).toBe("Llama 3 series: 8B, 70B and 405B models combined (H100-80GB)");
    expect(trainingRunLabel(LLAMA, zh.Training)).toBe("Llama 3 系列：8B、70B、405B 三个模型合计（H100-80GB）");
    expect(trainingRunLabel({ ...V3, slug: "other" }, zh.Training)).toBe("DeepSeek-V3（H800）");
  });
});

describe("trainingChartTable", () => {
  it("gives GPU-hours in the locale's one unit: 万 in zh, millions in en", () => {
    expect(trainingChartTable([V3, LLAMA], zh.Training, "zh")).toEqual({
      headers: ["训练", "GPU", "GPU 小时（万）"],
      rows: [
        ["DeepSeek-V3：最终一次训练（H800）", "H800", 278.8],
        ["Llama 3 系列：8B、70B、405B 三个模型合计（H100-80GB）", "H100-80GB", 3930],
      ],
    });
    expect(trainingChartTable([V3], en.Training, "en").rows).toEqual([
      ["DeepSeek-V3: final training run (H800)", "H800", 2.788],
    ]);
  });
});

describe("trainingCostOrigin", () => {
  it("is the note's only for V3 at the V3 report's USD 2; otherwise a what-if", () => {
    expect(trainingCostOrigin(V3, 2)).toBe("note");
    expect(trainingCostOrigin(V3, 2.5)).toBe("scenario");
    expect(trainingCostOrigin(LLAMA, 2)).toBe("scenario");
  });
});
