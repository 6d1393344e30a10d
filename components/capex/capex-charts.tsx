import { CapexByCompanyChart } from "./capex-by-company-chart";
import type { CapexChartProps } from "./capex-chart-props";
import { CapexSensitivityChart } from "./capex-sensitivity-chart";

/** Both capex charts side by side: the embedded view (?embed=1). */
export function CapexCharts(props: CapexChartProps) {
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <CapexByCompanyChart {...props} />
      <CapexSensitivityChart {...props} />
    </div>
  );
}
