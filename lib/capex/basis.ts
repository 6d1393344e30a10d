/**
 * Two kinds of capex amount that must never meet in one total. Like-for-like amounts are the
 * cash-flow line each company reports every year (CapexFigure kind `reported`): comparable across
 * companies and years, so they may be summed. Company-basis amounts are on a company's own measure
 * (Meta incl. finance-lease principal, Amazon net of proceeds, Microsoft incl. finance leases;
 * CapexCompanyBasis): each is comparable only with the same company's own amounts.
 *
 * The guarantee is both static and at run time: the two are distinct types, `sumLikeForLike` takes
 * only the first, and it refuses at run time anything that is not tagged like for like (a cast, an
 * `any`, a JSON round trip cannot sneak a company-basis amount in).
 */
export type LikeForLikeAmount = { readonly basis: "like-for-like"; readonly usdBn: number };
export type CompanyBasisAmount = { readonly basis: "company"; readonly company: string; readonly usdBn: number };

/** A reported cash-flow-line figure as a like-for-like amount; anything else is refused. */
export function likeForLike(figure: { kind: string; usdBn: number | null }): LikeForLikeAmount {
  if (figure.kind !== "reported" || figure.usdBn === null)
    throw new Error(`Not a like-for-like amount: a ${figure.kind} figure of ${figure.usdBn}`);
  return { basis: "like-for-like", usdBn: figure.usdBn };
}

/** An amount on one company's own basis (a CapexCompanyBasis row). */
export function companyBasis(company: string, usdBn: number): CompanyBasisAmount {
  return { basis: "company", company, usdBn };
}

/** The total of like-for-like amounts; throws if any amount is on a company's own basis. */
export function sumLikeForLike(amounts: readonly LikeForLikeAmount[]): number {
  return amounts.reduce((total, amount) => {
    if ((amount as { basis: unknown }).basis !== "like-for-like")
      throw new Error("A company-basis amount cannot be summed with like-for-like ones");
    return total + amount.usdBn;
  }, 0);
}
