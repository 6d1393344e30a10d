import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { trainingChartSubtitle, trainingFileBase } from "./words";

describe("trainingChartSubtitle", () => {
  it("states the scale and the price in the locale's words", () => {
    expect(trainingChartSubtitle({ scale: "log", priceUsdPerGpuHour: 2.5 }, en.Training, "en")).toBe("Log scale · priced at USD 2.5 per GPU-hour");
    expect(trainingChartSubtitle({ scale: "linear", priceUsdPerGpuHour: 2 }, zh.Training, "zh")).toBe("线性坐标 · 单价 2 美元/GPU 小时");
  });
});

describe("trainingFileBase", () => {
  it("names the file after the scale and the price", () => {
    expect(trainingFileBase({ scale: "log", priceUsdPerGpuHour: 3 })).toBe("training-gpu-hours-log-usd3");
    expect(trainingFileBase({ scale: "linear", priceUsdPerGpuHour: 2.5 })).toBe("training-gpu-hours-linear-usd2p5");
  });
});
