import { describe, expect, it } from "vitest";
import { buildCsv } from "./csv";

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
    expect(csv.endsWith('\r\n\r\n资料来源,"图表2, Huatai Research"\r\n')).toBe(true);
  });
});
