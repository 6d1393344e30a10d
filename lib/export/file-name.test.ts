import { describe, expect, it } from "vitest";

import { exportFileBase } from "./file-name";

describe("exportFileBase", () => {
  it("joins the chart id and the state", () => {
    expect(exportFileBase("capex-2025", ["guidance", "aapl10"])).toBe("capex-2025-guidance-aapl10");
  });
  it("drops characters that do not travel well and empty parts", () => {
    expect(exportFileBase("models", ["region=CN", "", "q=深度 R1"])).toBe("models-region-cn-q-r1");
  });
  it("caps the length", () => {
    expect(exportFileBase("x", ["a".repeat(300)])).toHaveLength(120);
  });
});
