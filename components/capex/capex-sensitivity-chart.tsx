"use client";

import { memo } from "react";

import { ChartPanel } from "@/components/charts/chart-panel";

import type { CapexChartProps } from "./capex-chart-props";
import { capexSensitivityPanel } from "./capex-panels";

/** The 2025 total under uniform growth, with the note's point and this scenario's. */
export const CapexSensitivityChart = memo(function CapexSensitivityChart(props: CapexChartProps) {
  return <ChartPanel {...capexSensitivityPanel(props)} />;
});
