"use client";

import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  Tooltip,
  type ChartData,
  type ChartOptions,
} from "chart.js";
import { Chart as ReactChart } from "react-chartjs-2";
import { whiteBackground } from "./white-background";

// The one place that registers Chart.js parts: exactly the controllers, elements, scales and plugins
// the app's bar and line charts use. This module is loaded after first paint (see lazy-chart-canvas).
Chart.register(BarController, BarElement, CategoryScale, LinearScale, LogarithmicScale, LineController, LineElement, PointElement, Tooltip, Legend);

type Common = {
  /** Receives the Chart.js instance once it is drawn, and null when it is destroyed. */
  onChart: (chart: Chart | null) => void;
  /** The chart in words, for screen readers (the canvas is an image with this name). */
  ariaLabel?: string;
};

export type ChartCanvasProps = Common &
  ({ type: "bar"; data: ChartData<"bar">; options: ChartOptions<"bar"> } | { type: "line"; data: ChartData<"line">; options: ChartOptions<"line"> });

/** A bar or line chart on a canvas that fills its box, with a white background for exports. */
export function ChartCanvas({ onChart, ariaLabel, ...chart }: ChartCanvasProps) {
  // react-chartjs-2 reports a destroyed chart as null or undefined.
  const ref = (instance: Chart | null | undefined) => onChart(instance ?? null);
  const accessible = ariaLabel ? { "aria-label": ariaLabel, fallbackContent: <p>{ariaLabel}</p> } : {};
  return chart.type === "bar" ? (
    <ReactChart type="bar" ref={ref} data={chart.data} options={chart.options} plugins={[whiteBackground]} {...accessible} />
  ) : (
    <ReactChart type="line" ref={ref} data={chart.data} options={chart.options} plugins={[whiteBackground]} {...accessible} />
  );
}
