import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";

import zh from "@/messages/zh.json";

import type { ExportDocument, ExportPanel } from "./model";
import { panelPptx, viewPptx } from "./pptx";
import { viewXlsx } from "./xlsx";

const panel: ExportPanel = {
  id: "capex-by-company",
  title: "各公司资本开支：2024 年与 2025 年情景",
  scenarioLine: null,
  subtitle: "一致预期预设",
  notes: ["注：口径不同"],
  source: "资料来源：公司财报",
  table: {
    headers: ["公司", "2024 年（亿美元）", "增速（%）"],
    rows: [
      ["微软", 553.5, 19.6],
      ["合计", 2253, 19.6],
    ],
  },
  origins: [
    [null, "filing", "scenario"],
    [null, "computed", "scenario"],
  ],
  chart: {
    kind: "bar",
    horizontal: false,
    stacked: false,
    log: false,
    categories: ["微软", "谷歌"],
    xValues: [],
    series: [{ name: "2024 年", colour: "#56B4E9", values: [553.5, 525], labelled: true }],
    valueAxisTitle: "亿美元",
    categoryAxisTitle: "",
    digits: 1,
  },
  fileBase: "capex-2025-consensus",
};

const doc: ExportDocument = {
  view: "capex",
  locale: "zh",
  viewTitle: "资本开支",
  stateWords: "一致预期预设",
  scenarioName: null,
  notices: ["链接中的“preset=x”无法识别，已改用默认值"],
  link: {
    query: "",
    url: "http://localhost:3000/zh/capex?v=5",
    date: "2026年12月3日",
    version: { label: "数据版本", text: "第 5 版（2026 年 12 月 3 日）" },
  },
  panels: [panel],
  fileBase: "capex",
  report: {
    title: "DeepSeek 是否会改变 AI 投资范式？",
    house: "华泰研究",
    date: "2025年1月27日",
    rating: "增持（维持）",
  },
  brand: "AI Capex Lens",
  words: { ...zh.Exports, origin: zh.Origin },
};

async function zipText(buffer: Buffer, pattern: RegExp): Promise<string[]> {
  const zip = await JSZip.loadAsync(buffer);
  const names = Object.keys(zip.files).filter((name) => pattern.test(name));
  return Promise.all(names.map((name) => zip.file(name)!.async("string")));
}

describe("PowerPoint export", () => {
  it("puts a native chart with the panel's values and an East Asian typeface on the slide, and the origins in the notes", async () => {
    const pptx = await panelPptx(doc, panel);
    const [chart] = await zipText(pptx, /ppt\/charts\/chart\d+\.xml$/);
    expect(chart).toContain("<c:barChart>");
    expect([...chart!.matchAll(/<c:v>([\d.]+)<\/c:v>/g)].map((match) => Number(match[1]))).toEqual(
      expect.arrayContaining([553.5, 525]),
    );
    // The chart's data sit in its embedded workbook ("Edit data").
    const zip = await JSZip.loadAsync(pptx);
    expect(Object.keys(zip.files).some((name) => /ppt\/embeddings\/.+\.xlsx$/.test(name))).toBe(true);
    const [slide] = await zipText(pptx, /ppt\/slides\/slide1\.xml$/);
    expect(slide).toContain('<a:ea typeface="Microsoft YaHei"');
    expect(slide).toContain('lang="zh-CN"');
    expect(slide).toContain(panel.title);
    expect(slide).toContain(doc.notices[0]);
    const [notes] = await zipText(pptx, /ppt\/notesSlides\/notesSlide1\.xml$/);
    expect(notes).toContain("微软：2024 年（亿美元） 553.5（财报）；增速（%） 19.6（情景假设）");
    // The data version the figures are of, on the slide and in the notes, with the link that opens it again.
    for (const text of [doc.link.url, "数据版本：第 5 版（2026 年 12 月 3 日）"]) {
      expect(slide).toContain(text);
      expect(notes).toContain(text);
    }
  });

  it("opens the view's deck with the note's title, house, date and rating", async () => {
    const [title] = await zipText(await viewPptx(doc), /ppt\/slides\/slide1\.xml$/);
    for (const text of [doc.report.title, "华泰研究", "增持（维持）", "2025年1月27日", doc.stateWords])
      expect(title).toContain(text);
  });
});

describe("Excel export", () => {
  it("writes figures as numbers with number formats, the origins as a column and an About sheet, in Chinese", async () => {
    const workbook = new ExcelJS.Workbook();
    const file = await viewXlsx(doc);
    await workbook.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
    const [sheet, about] = workbook.worksheets;
    expect(sheet!.name).toBe(panel.title);
    expect(sheet!.getRow(1).values).toEqual([undefined, "公司", "2024 年（亿美元）", "增速（%）", "数据性质"]);
    expect(sheet!.getCell("B2").value).toBe(553.5);
    expect(typeof sheet!.getCell("B3").value).toBe("number");
    expect(sheet!.getCell("B2").numFmt).toBe("#,##0.0");
    expect(sheet!.getCell("D2").value).toBe("财报、情景假设");
    expect(sheet!.getCell("D3").value).toBe("计算值、情景假设");
    expect(about!.name).toBe("说明");
    const aboutText = JSON.stringify(about!.getSheetValues());
    for (const text of [
      "资料来源",
      doc.link.url,
      doc.link.date,
      doc.notices[0],
      "数据版本",
      "第 5 版（2026 年 12 月 3 日）",
    ])
      expect(aboutText).toContain(text);
  });
});
