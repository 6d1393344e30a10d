import { CapexByCompanyChart } from "./capex-by-company-chart";
import type { CapexChartProps } from "./capex-chart-props";
import { CapexSensitivityChart } from "./capex-sensitivity-chart";

/** The embed's ?panel= values: each of the two charts on its own. */
export const CAPEX_EMBED_PANELS = ["capex-by-company", "capex-sensitivity"] as const;
export type CapexEmbedPanel = (typeof CAPEX_EMBED_PANELS)[number];

/** Both capex charts side by side, or the one `panel` names: the embedded view (?embed=1). */
export function CapexCharts({ panel, ...props }: CapexChartProps & { panel?: CapexEmbedPanel | null }) {
  if (panel === "capex-by-company") return <CapexByCompanyChart {...props} />;
  if (panel === "capex-sensitivity") return <CapexSensitivityChart {...props} />;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <CapexByCompanyChart {...props} />
      <CapexSensitivityChart {...props} />
    </div>
  );
}
