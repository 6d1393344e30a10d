import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";

import { addPngText, readPngText } from "./png-text";

function whitePng(width: number, height: number): Uint8Array {
  const png = new PNG({ width, height });
  png.data.fill(255);
  return new Uint8Array(PNG.sync.write(png));
}

describe("addPngText", () => {
  const original = whitePng(4, 3);
  const tagged = addPngText(original, { Title: "Capex 2024 → 2025", Source: "资料来源: 华泰研究" });

  it("keeps a valid PNG of the same picture", () => {
    const decoded = PNG.sync.read(Buffer.from(tagged));
    expect([decoded.width, decoded.height]).toEqual([4, 3]);
    expect([...decoded.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
  });
  it("carries the entries as UTF-8 text that reads back", () => {
    expect(readPngText(tagged)).toEqual({ Title: "Capex 2024 → 2025", Source: "资料来源: 华泰研究" });
    expect(readPngText(original)).toEqual({});
  });
  it("refuses bytes that are not a PNG", () => {
    expect(() => addPngText(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), { Title: "x" })).toThrow("Not a PNG");
  });
});
