import type { Chart } from "chart.js";
import { describe, expect, it, vi } from "vitest";
import { createChartHandle } from "./chart-handle";

const drawnChart = { id: 1 } as unknown as Chart;

describe("createChartHandle", () => {
  it("waits for the chart when asked before it is drawn, and starts loading its code", async () => {
    const load = vi.fn(() => Promise.resolve());
    const handle = createChartHandle(load);
    const ready = handle.whenReady();
    expect(load).toHaveBeenCalledOnce();
    handle.attach(drawnChart);
    await expect(ready).resolves.toBe(drawnChart);
  });

  it("answers at once once the chart is drawn", async () => {
    const load = vi.fn(() => Promise.resolve());
    const handle = createChartHandle(load);
    handle.attach(drawnChart);
    await expect(handle.whenReady()).resolves.toBe(drawnChart);
    expect(load).not.toHaveBeenCalled();
  });

  it("waits again after the chart is destroyed", async () => {
    const handle = createChartHandle(() => Promise.resolve());
    handle.attach(drawnChart);
    handle.attach(null);
    const redrawn = { id: 2 } as unknown as Chart;
    const ready = handle.whenReady();
    handle.attach(redrawn);
    await expect(ready).resolves.toBe(redrawn);
  });

  it("fails when the chart code cannot be loaded", async () => {
    const handle = createChartHandle(() => Promise.reject(new Error("chunk load failed")));
    await expect(handle.whenReady()).rejects.toThrow("chunk load failed");
  });
});
