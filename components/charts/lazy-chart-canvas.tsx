"use client";

import dynamic from "next/dynamic";

/** The Chart.js code (about 60 kB gzipped): fetched after the page is interactive, or when an export needs it. */
export const loadChartCanvas = () => import("./chart-canvas");

/**
 * The chart canvas, rendered in the browser only: the server sends a quiet placeholder that fills the
 * box the panel reserved, so nothing moves when the chart replaces it.
 */
export const LazyChartCanvas = dynamic(() => loadChartCanvas().then((chartModule) => chartModule.ChartCanvas), {
  ssr: false,
  loading: () => (
    <div aria-hidden="true" data-testid="chart-placeholder" className="h-full w-full rounded bg-slate-50" />
  ),
});
