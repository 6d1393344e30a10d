import { describe, expect, it } from "vitest";

import { companyBasis, likeForLike, sumLikeForLike, type CompanyBasisAmount, type LikeForLikeAmount } from "./basis";

describe("like-for-like and company-basis amounts", () => {
  const reported = [likeForLike({ kind: "reported", usdBn: 64.551 }), likeForLike({ kind: "reported", usdBn: 91.447 })];
  const metaOwnBasis: CompanyBasisAmount = companyBasis("meta", 72.215);

  it("sum when every amount is like for like", () => {
    expect(sumLikeForLike(reported)).toBeCloseTo(155.998, 9);
  });

  it("refuse a company-basis amount, at compile time and at run time", () => {
    // @ts-expect-error a company-basis amount is not a like-for-like one
    expect(() => sumLikeForLike([...reported, metaOwnBasis])).toThrow(
      "A company-basis amount cannot be summed with like-for-like ones",
    );
    const smuggled = JSON.parse(JSON.stringify([metaOwnBasis])) as LikeForLikeAmount[];
    expect(() => sumLikeForLike(smuggled)).toThrow();
  });

  it("are made only from reported figures", () => {
    expect(() => likeForLike({ kind: "guidance", usdBn: 80 })).toThrow("Not a like-for-like amount");
    expect(() => likeForLike({ kind: "reported", usdBn: null })).toThrow();
  });
});
