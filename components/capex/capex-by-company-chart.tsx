"use client";

import { memo } from "react";

import { ChartPanel } from "@/components/charts/chart-panel";

import type { CapexChartProps } from "./capex-chart-props";
import { capexByCompanyPanel } from "./capex-panels";

/** The by-company chart: 2024 against 2025 per company, titled with the scenario and its totals. */
export const CapexByCompanyChart = memo(function CapexByCompanyChart(props: CapexChartProps) {
  return <ChartPanel {...capexByCompanyPanel(props)} />;
});
