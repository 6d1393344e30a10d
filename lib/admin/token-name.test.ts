import { describe, expect, it } from "vitest";

import { tokenNameProblem } from "./token-name";

describe("tokenNameProblem", () => {
  it("takes 1–60 visible characters, in any script", () => {
    expect(tokenNameProblem("nightly import")).toBeNull();
    expect(tokenNameProblem("每晚导入")).toBeNull();
    expect(tokenNameProblem("")).toBe("required");
    expect(tokenNameProblem("x".repeat(61))).toBe("tooLong");
  });

  it("refuses control, zero-width and bidi-override characters", () => {
    for (const name of ["a\u0000b", "a\nb", "a\u200bb", "evil\u202etxt.exe", "a\u2066b"])
      expect(tokenNameProblem(name)).toBe("format");
  });
});
