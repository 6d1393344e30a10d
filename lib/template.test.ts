import { describe, expect, it } from "vitest";

import { fillTemplate } from "./template";

describe("fillTemplate", () => {
  it("replaces known placeholders and leaves unknown ones visible", () => {
    expect(fillTemplate("{a} → {b} ({c})", { a: "225.3", b: 269.5 })).toBe("225.3 → 269.5 ({c})");
  });
  it("inserts values literally (markup stays text)", () => {
    expect(fillTemplate("Saved as “{name}”", { name: "<b>x</b> $&" })).toBe("Saved as “<b>x</b> $&”");
  });
});
