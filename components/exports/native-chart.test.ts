import { describe, expect, it } from "vitest";

import { capexByCompanyPanel, capexSensitivityPanel } from "@/components/capex/capex-panels";
import { planBasisTexts, type PlanBasisTexts } from "@/lib/capex/plan-bases";
import { figureLines, rowOriginWords } from "@/lib/export/model";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

import { exportPanel, nativeChart } from "./native-chart";

const outcome = {
  preset: "consensus",
  total2024UsdBn: 200,
  total2025UsdBn: 240,
  totalGrowth: 0.2,
  companies: [
    { ticker: "msft", base2024UsdBn: 120, value2025UsdBn: 150, growthPercent: 25, growthFrom: "consensus" },
    { ticker: "amzn", base2024UsdBn: 80, value2025UsdBn: 90, growthPercent: 12.5, growthFrom: "consensus" },
  ],
} as unknown as Parameters<typeof capexByCompanyPanel>[0]["outcome"];

function props(locale: "zh" | "en", bases?: PlanBasisTexts) {
  const messages = locale === "zh" ? zh : en;
  return {
    locale,
    outcome,
    // The consensus preset: no plan is on another basis (planBases gives none).
    bases: bases ?? planBasisTexts([], messages.Capex, locale, 0.196),
    companyNames: locale === "zh" ? ["微软", "亚马逊"] : ["Microsoft", "Amazon"],
    note: { total2024UsdBn: 225.3, growth: 0.196, total2025UsdBn: 269.5 },
    actual: { byTicker: { msft: 160 }, totalUsdBn: null, growth: null },
    scenarioInWords: "x",
    fileParts: ["consensus"],
    query: "",
    labels: messages.Capex,
    chartLabels: { ...messages.ChartPanel, brand: "AI Capex Lens", exports: messages.Exports, embedAllowed: "" },
  } as Parameters<typeof capexByCompanyPanel>[0];
}

const words = (locale: "zh" | "en") => ({
  noteLabel: (note: string) => `N:${note}`,
  sourceLine: (source: string) => `S:${source}`,
  scenarioLine: (name: string) => `“${name}”`,
  origin: (locale === "zh" ? zh : en).Origin,
});

describe("nativeChart", () => {
  it("takes the page chart's categories, series and values, in the locale's unit (亿美元 on zh)", () => {
    const chart = nativeChart(
      capexByCompanyPanel(props("zh")).spec.build({ medium: "slide", theme: "light", narrow: false, locale: "zh" }),
    );
    expect(chart.kind).toBe("bar");
    expect(chart.categories).toEqual(["微软", "亚马逊"]);
    expect(chart.series.map((series) => series.values)).toEqual([
      [1200, 800],
      [1500, 900],
      [1600, null],
    ]);
    expect(chart.valueAxisTitle).toContain("亿美元");
    // Each series in its legend swatch's colour, not the first company's.
    expect(new Set(chart.series.map((series) => series.colour)).size).toBe(3);
  });

  it("names a bar not on its actual's basis as the page marks it", () => {
    const bases = { marked: ["msft"], mismatch: "m", legend: "l", mix: null, ownGrowth: [] } as PlanBasisTexts;
    const chart = nativeChart(
      capexByCompanyPanel(props("zh", bases)).spec.build({
        medium: "slide",
        theme: "light",
        narrow: false,
        locale: "zh",
      }),
    );
    expect(chart.categories).toEqual([`微软${zh.Capex.basisMark}`, "亚马逊"]);
  });

  it("turns the sensitivity line's x/y points into a scatter over the union of their x", () => {
    const chart = nativeChart(
      capexSensitivityPanel(props("en")).spec.build({ medium: "slide", theme: "light", narrow: false, locale: "en" }),
    );
    expect(chart.kind).toBe("scatter");
    expect(chart.xValues).toEqual([...chart.xValues].sort((a, b) => a - b));
    expect(chart.xValues).toContain(20); // the scenario's +20%
    expect(chart.xValues).toContain(19.6); // the note's
    const scenario = chart.series.find((series) => series.name === en.Capex.seriesScenario)!;
    expect(scenario.values.filter((value) => value !== null)).toEqual([240]);
  });

  it("colours a hollow marker (a transparent fill) by its outline, as a #rrggbb a deck can use", () => {
    const config = capexSensitivityPanel(props("en")).spec.build({
      medium: "slide",
      theme: "light",
      narrow: false,
      locale: "en",
    });
    const datasets = config.data.datasets as { label?: string; borderColor?: unknown }[];
    const noteOutline = datasets.find((dataset) => dataset.label === en.Capex.seriesNote)!.borderColor;
    const chart = nativeChart(config);
    expect(chart.series.find((series) => series.name === en.Capex.seriesNote)!.colour).toBe(noteOutline);
    for (const series of chart.series) expect(series.colour).toMatch(/^#[0-9a-f]{6}/i);
  });
});

describe("the panel's export model", () => {
  it("labels caveats and source and says what each figure is, in the page's words", () => {
    const content = capexByCompanyPanel(props("zh"));
    const origins = [
      [null, "filing", "scenario", "scenario", "filing"],
      [null, "filing", "scenario", "scenario", null],
      [null, "computed", "scenario", "scenario", null],
    ] as const;
    const panel = exportPanel(
      content,
      origins.map((row) => [...row]),
      words("zh"),
      "zh",
    );
    expect(panel.source).toBe(`S:${content.source}`);
    expect(panel.title).toBe(zh.Capex.chartBarsTitle);
    const lines = figureLines(panel, zh.Origin, "zh");
    expect(lines[0]).toMatch(/^微软：/);
    expect(lines[0]).toContain("1,200（财报）");
    expect(lines[0]).toContain("（情景假设）");
    expect(lines[2]).toContain("（计算值）");
    expect(rowOriginWords(panel.origins[0]!, zh.Origin, "zh")).toBe("财报、情景假设");
    expect(rowOriginWords(panel.origins[2]!, en.Origin, "en")).toBe("Computed, Scenario");
  });
});
