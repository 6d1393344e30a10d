import { describe, expect, it } from "vitest";

import { browserName, changedFields, formatDateTimeUtc } from "./display";

describe("formatDateTimeUtc", () => {
  it("says the time in UTC in either language", () => {
    const at = new Date("2026-11-28T01:43:00Z");
    expect(formatDateTimeUtc(at, "en")).toBe("Nov 28, 2026, 01:43 UTC");
    expect(formatDateTimeUtc(at, "zh")).toBe("2026年11月28日 01:43（UTC）");
  });
});

describe("browserName", () => {
  it("names common browsers and keeps others short", () => {
    expect(
      browserName(
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
      ),
    ).toBe("Chrome");
    expect(browserName("Mozilla/5.0 … Edg/131.0")).toBe("Edge");
    expect(browserName("Mozilla/5.0 (Macintosh) Gecko/20100101 Firefox/133.0")).toBe("Firefox");
    expect(browserName("x".repeat(100))).toHaveLength(40);
    expect(browserName(null)).toBeNull();
  });
});

describe("changedFields", () => {
  it("lists what an update changed, ignoring the version bookkeeping", () => {
    expect(
      changedFields(
        { paramsB: 1, nameEn: "a", version: 1, inputs: ["text"] },
        { paramsB: 2, nameEn: "a", version: 2, inputs: ["text", "image"] },
      ),
    ).toEqual(["paramsB", "inputs"]);
    expect(changedFields(null, { a: 1 })).toEqual([]);
  });
});
