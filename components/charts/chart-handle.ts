import type { Chart } from "chart.js";
import { useState } from "react";
import { loadChartCanvas } from "./lazy-chart-canvas";

/**
 * The link between a lazily loaded chart and its export toolbar: the canvas attaches its Chart.js
 * instance; the toolbar asks for it when clicked, and waits if the chart is not drawn yet.
 */
export type ChartHandle = {
  attach: (chart: Chart | null) => void;
  /** The drawn chart; starts loading the chart code if needed, rejects if that load fails. */
  whenReady: () => Promise<Chart>;
};

export function createChartHandle(load: () => Promise<unknown>): ChartHandle {
  let current: Chart | null = null;
  let waiting: ((chart: Chart) => void)[] = [];
  return {
    attach(chart) {
      current = chart;
      if (!chart) return;
      for (const resolve of waiting) resolve(chart);
      waiting = [];
    },
    whenReady() {
      if (current) return Promise.resolve(current);
      return new Promise<Chart>((resolve, reject) => {
        waiting.push(resolve);
        load().catch(reject);
      });
    },
  };
}

/** One handle per chart, stable across renders. */
export function useChartHandle(): ChartHandle {
  const [handle] = useState(() => createChartHandle(loadChartCanvas));
  return handle;
}
