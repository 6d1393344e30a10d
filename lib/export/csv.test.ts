import { describe, expect, it } from "vitest";

import { buildCsv, csvCell, wrapLine } from "./csv";

describe("buildCsv", () => {
  const csv = buildCsv({
    headers: ["模型", "Params"],
    rows: [
      ["Qwen 1.5", 72],
      ['Say "hi", twice', null],
    ],
    source: "图表2, Huatai Research",
    sourceLabel: "资料来源",
  });

  it("starts with a byte-order mark and the header row", () => {
    expect(csv.startsWith("\uFEFF模型,Params\r\n")).toBe(true);
  });
  it("quotes cells with commas and quotes, and leaves nulls empty", () => {
    expect(csv).toContain('\r\n"Say ""hi"", twice",\r\n');
  });
  it("ends with the source line after a blank line", () => {
    expect(csv.endsWith('\r\n\r\n"资料来源：图表2, Huatai Research"\r\n')).toBe(true);
  });
});

describe("buildCsv with the view's state and caveats", () => {
  it("names the state and each caveat before the source line", () => {
    const csv = buildCsv({
      headers: ["公司"],
      rows: [["微软"]],
      source: "公司财报",
      sourceLabel: "资料来源",
      state: { label: "状态", text: "“公司指引”预设，已修改：苹果 +10%" },
      notes: { label: "注", texts: ["研报未给出各公司的增速", "口径不同"] },
    });
    expect(csv).toContain(
      "\r\n\r\n状态：“公司指引”预设，已修改：苹果 +10%\r\n注：研报未给出各公司的增速\r\n注：口径不同\r\n资料来源：公司财报\r\n",
    );
  });

  it("cuts long lines under the table into the first column, at most 40 columns wide, and keeps a link whole", () => {
    const note = "Guidance: the companies’ announced 2025 plans are on their own bases and not on the 2024 cash line.";
    const link = "http://localhost:3000/en/capex?preset=guidance&override=apple:10&v=1";
    const csv = buildCsv({
      headers: ["Company", "2024 (USD bn)"],
      rows: [["Microsoft", 44.5]],
      source: "company filings",
      sourceLabel: "Source",
      notes: { label: "Note", texts: [note] },
      closingLines: [["Link", link]],
    });
    const footer = csv.split("\r\n\r\n")[1]!.trimEnd().split("\r\n");
    expect(footer.slice(0, -2).join("")).toBe(`Note: ${note}`);
    expect(footer.slice(0, -2).every((line) => line.trimEnd().length <= 40)).toBe(true);
    expect(footer.at(-2)).toBe("Source: company filings");
    expect(footer.at(-1)).toBe(`Link: ${link}`);
  });

  it("never leaves a number alone on a line, where a spreadsheet would read it as a figure", () => {
    const lines = wrapLine("Actual 2025: the companies’ 10-K filings, on the same cash-flow line as 2024");
    expect(lines.join("")).toBe("Actual 2025: the companies’ 10-K filings, on the same cash-flow line as 2024");
    expect(lines.at(-1)).toMatch(/[a-z] 2024$/);
  });

  it("cuts Chinese between characters, counting each as two columns, never before a full-width comma", () => {
    const lines = wrapLine(
      "注：计划与实际口径不同，微软的 800 亿美元为其计划口径（含融资租赁），同口径实际 882 亿美元。",
    );
    expect(lines.join("")).toBe(
      "注：计划与实际口径不同，微软的 800 亿美元为其计划口径（含融资租赁），同口径实际 882 亿美元。",
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((line) => !/^[，。）]/.test(line))).toBe(true);
  });
});

describe("csvCell: formula injection (OWASP)", () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", `"'\r=1+1"`],
    ["-", "'-"],
  ])("neutralises %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("keeps numbers numeric, negative ones included", () => {
    expect(csvCell(-12.5)).toBe("-12.5");
    expect(csvCell(0)).toBe("0");
    expect(csvCell("-12.5")).toBe("-12.5");
    expect(csvCell("-3e-4")).toBe("-3e-4");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("leaves ordinary text alone, wherever a sign appears after the start", () => {
    expect(csvCell("DeepSeek-V3")).toBe("DeepSeek-V3");
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell("-12.5%")).toBe("'-12.5%");
  });

  it("neutralises header and source cells too", () => {
    const csv = buildCsv({ headers: ["=cmd"], rows: [["@x", -1]], source: "+src", sourceLabel: "-label" });
    expect(csv).toBe("\uFEFF'=cmd\r\n'@x,-1\r\n\r\n'-label: +src\r\n");
  });
});
