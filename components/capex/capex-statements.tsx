import { SourceBadge } from "@/components/ui/source-badge";
import type { AppLocale } from "@/i18n/routing";
import type { CapexCompany } from "@/lib/capex/companies";
import { capexStatementInWords } from "@/lib/capex/words";
import { fillTemplate } from "@/lib/template";
import type { CapexTicker, FigureOrigin } from "@/lib/vocabulary";

import type { CapexLabels } from "./capex-labels";

type Props = {
  locale: AppLocale;
  companies: CapexCompany[];
  labels: CapexLabels;
  originLabels: Record<FigureOrigin, string>;
  /** A plan the figure table counts as computed, and from what (Amazon's Q4 × 4; lib/figures/derived-amounts.ts). */
  computedFrom: Partial<Record<CapexTicker, string>>;
};

/**
 * The companies' own 2025 plans that the guidance preset uses, with their dates and sources, and what
 * a plan measures where it is not the 2024 cash-flow line (Microsoft's AI datacenters incl. finance
 * leases, Amazon's annualised Q4, Meta incl. finance-lease principal). Server-rendered.
 */
export function CapexStatements({ locale, companies, labels, originLabels, computedFrom }: Props) {
  return (
    <section aria-labelledby="capex-statements" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <h2 id="capex-statements" className="font-semibold">
        {labels.statementsTitle}
      </h2>
      <ul className="mt-2 space-y-1.5">
        {companies.map((company) => {
          const guidance = company.guidance && company.guidance2025UsdBn !== null ? company.guidance : null;
          const computed = computedFrom[company.ticker] ?? null;
          return (
            <li key={company.ticker} data-testid={`statement-${company.ticker}`}>
              <span className={guidance ? undefined : "text-slate-600"}>
                {capexStatementInWords(company.name, guidance, labels, locale)}
              </span>
              {guidance ? (
                <>
                  {" "}
                  {computed ? (
                    <SourceBadge origin="computed" label={originLabels.computed} source={computed} />
                  ) : (
                    <SourceBadge origin="statement" label={originLabels.statement} source={guidance.source} />
                  )}
                  {guidance.measure ? (
                    <span className="block text-xs text-slate-600" data-testid={`statement-measure-${company.ticker}`}>
                      {guidance.measure}
                    </span>
                  ) : null}
                  {computed ? (
                    <span className="block text-xs text-slate-600" data-testid={`statement-computed-${company.ticker}`}>
                      {fillTemplate(labels.statementComputedFrom, { from: computed })}
                    </span>
                  ) : null}
                  <span className="block text-xs text-slate-500">{guidance.source}</span>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
