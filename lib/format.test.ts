import { describe, expect, it } from "vitest";

import {
  formatDate,
  formatDecimal,
  formatFigure,
  formatFixed,
  formatGpuHoursMillions,
  formatInteger,
  formatList,
  formatParamsB,
  formatPercent,
  formatSignedNumber,
  formatStatedUsdBn,
  formatStatedUsdBnRange,
  formatStatedUsdMillions,
  formatUsdBn,
  formatUsdBnRange,
  formatUsdMillions,
  formatUsdPerGpuHour,
  formatUsdPerGpuHourRange,
  formatYearMonth,
  gpuHoursInLocaleUnit,
  usdBnInLocaleUnit,
  usdBnUnitLabel,
} from "./format";

describe("formatUsdBn", () => {
  it("counts in 亿 in zh and bn in en, to 0.1 bn in both", () => {
    expect(formatUsdBn(225.3, "zh")).toBe("2,253 亿美元");
    expect(formatUsdBn(225.3, "en")).toBe("USD 225.3 bn");
    expect(formatUsdBn(269.5, "zh")).toBe("2,695 亿美元");
    expect(formatUsdBn(44.477, "en")).toBe("USD 44.5 bn");
    expect(formatUsdBn(44.477, "zh")).toBe("445 亿美元");
    expect(formatUsdBn(83.004, "en")).toBe("USD 83.0 bn");
    expect(formatUsdBn(500, "en")).toBe("USD 500.0 bn");
    expect(formatUsdBn(226.719, "en")).toBe("USD 226.7 bn");
  });
  it("switches from 亿 to 万 below 1 亿, after rounding", () => {
    expect(formatUsdBn(0.1, "zh")).toBe("1 亿美元");
    expect(formatUsdBn(0.09, "zh")).toBe("9,000 万美元");
    expect(formatUsdBn(0.099994, "zh")).toBe("9,999 万美元");
    expect(formatUsdBn(0.099996, "zh")).toBe("1 亿美元");
  });
});

describe("formatUsdBnRange", () => {
  it("writes the unit once, with an en dash", () => {
    expect(formatUsdBnRange(60, 65, "zh")).toBe("600–650 亿美元");
    expect(formatUsdBnRange(60, 65, "en")).toBe("USD 60.0–65.0 bn");
  });
});

describe("formatUsdMillions", () => {
  it("formats V3's cost: en in mn to one decimal, zh in 万", () => {
    expect(formatUsdMillions(5.576, "en")).toBe("USD 5.6 mn");
    expect(formatUsdMillions(5.576, "zh")).toBe("557.6 万美元");
    expect(formatUsdMillions(8.364, "en")).toBe("USD 8.4 mn");
    expect(formatUsdMillions(6.97, "en")).toBe("USD 7.0 mn");
    expect(formatUsdMillions(78.6, "zh")).toBe("7,860 万美元");
  });
  it("counts 1 亿 and above in 亿 (zh) and USD 1,000 mn and above in bn (en)", () => {
    expect(formatUsdMillions(117.9, "zh")).toBe("1.18 亿美元");
    expect(formatUsdMillions(100, "zh")).toBe("1 亿美元");
    expect(formatUsdMillions(99.99, "zh")).toBe("9,999 万美元");
    expect(formatUsdMillions(99.99999, "zh")).toBe("1 亿美元");
    expect(formatUsdMillions(3930, "zh")).toBe("39.3 亿美元");
    expect(formatUsdMillions(999.94, "en")).toBe("USD 999.9 mn");
    expect(formatUsdMillions(999.96, "en")).toBe("USD 1.0 bn");
    expect(formatUsdMillions(3930, "en")).toBe("USD 3.9 bn");
  });
});

describe("formatGpuHoursMillions", () => {
  it("uses 万 in zh and M in en, whatever the size", () => {
    expect(formatGpuHoursMillions(2.788, "zh")).toBe("278.8 万 GPU 小时");
    expect(formatGpuHoursMillions(2.788, "en")).toBe("2.788M GPU-hours");
    expect(formatGpuHoursMillions(39.3, "zh")).toBe("3,930 万 GPU 小时");
    expect(formatGpuHoursMillions(39.3, "en")).toBe("39.3M GPU-hours");
    expect(formatGpuHoursMillions(250, "zh")).toBe("25,000 万 GPU 小时");
  });
  it("gives chart and table values in the same unit", () => {
    expect(gpuHoursInLocaleUnit(2.788, "zh")).toBe(278.8);
    expect(gpuHoursInLocaleUnit(39.3, "zh")).toBe(3930);
    expect(gpuHoursInLocaleUnit(2.788, "en")).toBe(2.788);
  });
});

describe("formatPercent", () => {
  it("formats ratios", () => {
    expect(formatPercent(0.196, "en")).toBe("19.6%");
    expect(formatPercent(0.07, "zh")).toBe("7%");
    expect(formatPercent(0.0709, "en", { digits: 2 })).toBe("7.09%");
  });
  it("signs growth when asked, with a true minus", () => {
    expect(formatPercent(0.196, "en", { signed: true })).toBe("+19.6%");
    expect(formatPercent(-0.05, "en", { signed: true })).toBe("−5%");
    expect(formatPercent(0, "en", { signed: true })).toBe("0%");
  });
});

describe("dates and counts", () => {
  it("formats months and days per locale", () => {
    expect(formatYearMonth("2024-12", "en")).toBe("Dec 2024");
    expect(formatYearMonth("2024-12", "zh")).toBe("2024 年 12 月");
    expect(formatDate("2025-01-27", "en")).toBe("Jan 27, 2025");
    expect(formatDate("2025-01-27", "zh")).toBe("2025 年 1 月 27 日");
  });
  it("formats parameters and integers", () => {
    expect(formatParamsB(671, "en")).toBe("671B");
    expect(formatParamsB(3.8, "zh")).toBe("3.8B");
    expect(formatInteger(2048, "en")).toBe("2,048");
  });
});

describe("usdBnInLocaleUnit", () => {
  it("gives 亿美元 in zh and USD bn in en, to three decimals", () => {
    expect(usdBnInLocaleUnit(226.719, "zh")).toBe(2267.19);
    expect(usdBnInLocaleUnit(271.15592, "en")).toBe(271.156);
    expect(usdBnUnitLabel("zh")).toBe("亿美元");
    expect(usdBnUnitLabel("en")).toBe("USD bn");
  });
});

describe("formatList", () => {
  it("joins with the locale's conjunction", () => {
    expect(formatList(["Microsoft +50%", "Apple +10%"], "en")).toBe("Microsoft +50% and Apple +10%");
    expect(formatList(["微软 +50%", "Meta +5%", "苹果 +10%"], "zh")).toBe("微软 +50%、Meta +5%、苹果 +10%");
  });
});

describe("formatUsdPerGpuHour", () => {
  it("formats the what-if rental price", () => {
    expect(formatUsdPerGpuHour(2, "en")).toBe("USD 2 per GPU-hour");
    expect(formatUsdPerGpuHour(2.5, "zh")).toBe("2.5 美元/GPU 小时");
    expect(formatUsdPerGpuHour(0.125, "en")).toBe("USD 0.13 per GPU-hour");
  });
});

describe("formatUsdPerGpuHourRange", () => {
  it("writes the unit once after the range", () => {
    expect(formatUsdPerGpuHourRange(0.1, 100, "zh")).toBe("0.1–100 美元/GPU 小时");
    expect(formatUsdPerGpuHourRange(0.1, 100, "en")).toBe("USD 0.1–100 per GPU-hour");
  });
});

describe("stated amounts", () => {
  it("keep the precision their source states in English, without the app's 0.1 bn", () => {
    expect(formatStatedUsdBn(80, "en")).toBe("USD 80 bn");
    expect(formatStatedUsdBnRange(60, 65, "en")).toBe("USD 60–65 bn");
    expect(formatStatedUsdBn(72.215, "en")).toBe("USD 72.215 bn");
    expect(formatStatedUsdMillions(5.576, "en")).toBe("USD 5.576 mn");
  });
  it("read as the app writes Chinese amounts", () => {
    expect(formatStatedUsdBn(80, "zh")).toBe("800 亿美元");
    expect(formatStatedUsdBnRange(60, 65, "zh")).toBe("600–650 亿美元");
    expect(formatStatedUsdMillions(5.576, "zh")).toBe("557.6 万美元");
  });
});

describe("formatFigure", () => {
  it("formats a key figure by its unit", () => {
    expect(formatFigure(225.3, "usd_bn", "zh")).toBe("2,253 亿美元");
    expect(formatFigure(500, "usd_bn", "en")).toBe("USD 500.0 bn");
    expect(formatFigure(0.0709, "ratio", "en")).toBe("7.09%");
    expect(formatFigure(0.07, "ratio", "zh")).toBe("7%");
    expect(formatFigure(39.3, "gpu_hours_m", "zh")).toBe("3,930 万 GPU 小时");
    expect(formatFigure(5.576, "usd_m", "en")).toBe("USD 5.576 mn");
  });
});

describe("formatFixed", () => {
  it("prints exactly the given decimals, so a column's digits line up", () => {
    expect(formatFixed(55.7, "en", 3)).toBe("55.700");
    expect(formatFixed(2267.19, "zh", 1)).toBe("2,267.2");
    expect(formatFixed(-5, "en", 1)).toBe("−5.0");
    expect(formatFixed(19.6, "en", 0)).toBe("20");
  });
});

describe("formatSignedNumber", () => {
  it("signs changes for an axis whose unit is in its title", () => {
    expect(formatSignedNumber(20, "en")).toBe("+20");
    expect(formatSignedNumber(-10, "zh")).toBe("−10");
    expect(formatSignedNumber(0, "en")).toBe("0");
    expect(formatSignedNumber(19.64, "en")).toBe("+19.6");
  });
});

describe("formatDecimal", () => {
  it("groups and keeps at most the given decimals, in each locale", () => {
    expect(formatDecimal(1234.5678, "en", 3)).toBe("1,234.568");
    expect(formatDecimal(1234.5678, "zh", 1)).toBe("1,234.6");
    expect(formatDecimal(2, "en", 3)).toBe("2");
  });
  it("reuses formatters without mixing their options", () => {
    expect(formatDecimal(0.12345, "en", 1)).toBe("0.1");
    expect(formatDecimal(0.12345, "en", 4)).toBe("0.1235");
    expect(formatDecimal(0.12345, "en", 1)).toBe("0.1");
  });
});
