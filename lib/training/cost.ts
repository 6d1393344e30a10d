/** A final training run as the note compares them: GPU-hours in millions on a given GPU. */
export type TrainingRunInput = { slug: string; model: string; gpu: string; gpuHoursMillion: number };

export type TrainingRunCost = TrainingRunInput & { costUsdMillion: number };

/** USD millions for a run at a rental price per GPU-hour (millions of hours × USD per hour). */
export function trainingCostUsdMillion(gpuHoursMillion: number, priceUsdPerGpuHour: number): number {
  // Rounded to a tenth of a dollar to drop float noise (2.788 × 3 = 8.364000000000001).
  return Math.round(gpuHoursMillion * priceUsdPerGpuHour * 1e7) / 1e7;
}

/** Every run's cost at one price: the what-if treats both runs alike, whatever GPU they used. */
export function costRuns(runs: TrainingRunInput[], priceUsdPerGpuHour: number): TrainingRunCost[] {
  return runs.map((run) => ({
    ...run,
    costUsdMillion: trainingCostUsdMillion(run.gpuHoursMillion, priceUsdPerGpuHour),
  }));
}

/** One run's GPU-hours as a share of another's (V3 ÷ Llama 3 = 0.0709…); at one price it is also the cost ratio. */
export function gpuHoursRatio(run: TrainingRunInput, baseline: TrainingRunInput): number {
  return run.gpuHoursMillion / baseline.gpuHoursMillion;
}
