import { describe, expect, it } from "vitest";

import { capNotices, isNoticeCurrent, shownNotices, type UrlNotice } from "./notice";

describe("capNotices", () => {
  it("lists at most five and counts the rest", () => {
    const notices = Array.from({ length: 1500 }, (_, index) => `n${index}`);
    expect(capNotices(notices)).toEqual({ shown: ["n0", "n1", "n2", "n3", "n4"], hidden: 1495 });
    expect(capNotices(["a", "b"])).toEqual({ shown: ["a", "b"], hidden: 0 });
    expect(capNotices(["a", "b", "c", "d", "e"])).toEqual({ shown: ["a", "b", "c", "d", "e"], hidden: 0 });
  });
});

describe("notices that follow the URL", () => {
  const notices: UrlNotice[] = [
    { key: "capexInvalidGrowth", values: { param: "msft", value: "abc" }, params: ["msft"] },
    { key: "capexUnknownPreset", values: { value: "zzz" }, params: ["preset"] },
    { key: "modelsRangeSwapped", params: ["from", "to"] },
    { key: "modelsRepeatedParam", params: ["region"] },
  ];
  const shown = shownNotices(
    notices,
    { msft: "abc", preset: "zzz", from: "2025-01", to: "2024-02", region: ["CN", "US"] },
    (notice) => notice.key,
  );

  it("pair each notice with its text and its parameters' raw values", () => {
    expect(shown).toEqual([
      { text: "capexInvalidGrowth", query: { msft: ["abc"] } },
      { text: "capexUnknownPreset", query: { preset: ["zzz"] } },
      { text: "modelsRangeSwapped", query: { from: ["2025-01"], to: ["2024-02"] } },
      { text: "modelsRepeatedParam", query: { region: ["CN", "US"] } },
    ]);
  });

  it("stay while the address bar holds the values they were about, and go once a parameter is fixed or removed", () => {
    const current = (query: string) =>
      shown.filter((notice) => isNoticeCurrent(notice, new URLSearchParams(query))).map((notice) => notice.text);
    expect(current("msft=abc&preset=zzz&from=2025-01&to=2024-02&region=CN&region=US")).toEqual([
      "capexInvalidGrowth",
      "capexUnknownPreset",
      "modelsRangeSwapped",
      "modelsRepeatedParam",
    ]);
    expect(current("preset=zzz&msft=40")).toEqual(["capexUnknownPreset"]);
    expect(current("preset=consensus&from=2025-01&to=2024-02&region=CN")).toEqual(["modelsRangeSwapped"]);
    expect(current("from=2025-01")).toEqual([]);
  });
});
