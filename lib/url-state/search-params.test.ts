import { describe, expect, it } from "vitest";

import { firstValue } from "./search-params";

describe("firstValue", () => {
  it("takes the first of repeated params and passes single ones through", () => {
    expect(firstValue(["a", "b"])).toBe("a");
    expect(firstValue("x")).toBe("x");
    expect(firstValue(undefined)).toBeUndefined();
  });
});
