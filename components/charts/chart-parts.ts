import {
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  Tooltip,
} from "chart.js";

/**
 * The one list of Chart.js parts the app registers: exactly the controllers, elements, scales and
 * plugins its bar, dot and line charts use. The page's canvas (chart-canvas.tsx) and the server's SVG
 * export (lib/export/svg.ts) register the same ones, so both draw the same chart.
 */
export const CHART_PARTS = [
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LogarithmicScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  Legend,
];
