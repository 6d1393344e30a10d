import { describe, expect, it } from "vitest";

import { dataVersionLines, pinnedUrl } from "./data-version";

const stamp = { version: 7, text: "version 7 (3 Dec 2026)", labels: { version: "Data version", link: "Link" } };

describe("exports' data version", () => {
  it("pins a shared link to the version, replacing an older pin, and leaves it alone without one", () => {
    expect(pinnedUrl("https://lens.example/en/capex?preset=guidance", stamp)).toBe(
      "https://lens.example/en/capex?preset=guidance&v=7",
    );
    expect(pinnedUrl("https://lens.example/en/capex?v=3&preset=flat", stamp)).toBe(
      "https://lens.example/en/capex?preset=flat&v=7",
    );
    expect(pinnedUrl("https://lens.example/en/capex?preset=flat", null)).toBe(
      "https://lens.example/en/capex?preset=flat",
    );
  });

  it("closes an export with the version and the pinned link", () => {
    expect(dataVersionLines(stamp, "https://lens.example/zh/capex?preset=flat")).toEqual([
      ["Data version", "version 7 (3 Dec 2026)"],
      ["Link", "https://lens.example/zh/capex?preset=flat&v=7"],
    ]);
    expect(dataVersionLines(null, "https://lens.example/zh/capex")).toEqual([]);
  });
});
