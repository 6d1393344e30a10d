import { SourceBadge, type FigureOrigin } from "@/components/ui/source-badge";
import type { AppLocale } from "@/i18n/routing";
import type { CapexCompany } from "@/lib/capex/companies";
import { formatDate, formatUsdBn } from "@/lib/format";
import { fillTemplate } from "@/lib/template";
import { capexPunctuation, type CapexLabels } from "./capex-labels";

type Props = { locale: AppLocale; companies: CapexCompany[]; labels: CapexLabels; originLabels: Record<FigureOrigin, string> };

/** The companies' own 2025 plans that the guidance preset uses, with their dates and sources. Server-rendered. */
export function CapexStatements({ locale, companies, labels, originLabels }: Props) {
  const { colon, comma, open, close } = capexPunctuation(locale);
  return (
    <section aria-labelledby="capex-statements" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <h2 id="capex-statements" className="font-semibold">{labels.statementsTitle}</h2>
      <ul className="mt-2 space-y-1.5">
        {companies.map((company) => (
          <li key={company.ticker} data-testid={`statement-${company.ticker}`}>
            <span className="font-medium">{company.name}</span>
            {colon}
            {company.guidance && company.guidance2025UsdBn !== null ? (
              <>
                {guidanceAmount(company.guidance, locale)}
                {open}
                {company.guidance.basis}
                {company.guidance.saidOn ? `${comma}${fillTemplate(labels.saidOn, { date: formatDate(company.guidance.saidOn, locale) })}` : ""}
                {close}{" "}
                <SourceBadge origin="statement" label={originLabels.statement} source={company.guidance.source} />
                <span className="block text-xs text-slate-500">{company.guidance.source}</span>
              </>
            ) : (
              <span className="text-slate-600">{labels.noGuidance}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function guidanceAmount(guidance: NonNullable<CapexCompany["guidance"]>, locale: AppLocale): string {
  if (guidance.usdBn !== null) return formatUsdBn(guidance.usdBn, locale);
  if (guidance.usdBnLow !== null && guidance.usdBnHigh !== null) {
    return `${formatUsdBn(guidance.usdBnLow, locale)} – ${formatUsdBn(guidance.usdBnHigh, locale)}`;
  }
  return "—";
}
