import { describe, expect, it } from "vitest";
import { capNotices, firstValue } from "./notice";

describe("firstValue", () => {
  it("takes the first of repeated params and passes single ones through", () => {
    expect(firstValue(["a", "b"])).toBe("a");
    expect(firstValue("x")).toBe("x");
    expect(firstValue(undefined)).toBeUndefined();
  });
});

describe("capNotices", () => {
  it("lists at most five and counts the rest", () => {
    const notices = Array.from({ length: 1500 }, (_, index) => `n${index}`);
    expect(capNotices(notices)).toEqual({ shown: ["n0", "n1", "n2", "n3", "n4"], hidden: 1495 });
    expect(capNotices(["a", "b"])).toEqual({ shown: ["a", "b"], hidden: 0 });
    expect(capNotices(["a", "b", "c", "d", "e"])).toEqual({ shown: ["a", "b", "c", "d", "e"], hidden: 0 });
  });
});
