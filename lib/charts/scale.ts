/**
 * Axis arithmetic shared by the charts and their exports: a linear axis whose top leaves room above
 * the tallest bar (for its value label), and log axes ticked only at 1, 2 and 5 × 10ⁿ.
 */

/** The nice step (1, 2, 2.5 or 5 × 10ⁿ) that splits `span` into about `targetTicks` intervals. */
export function niceStep(span: number, targetTicks = 5): number {
  if (!(span > 0)) return 1;
  const raw = span / targetTicks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * magnitude >= raw) ?? 10;
  return step * magnitude;
}

/**
 * The top of a linear axis from zero: a multiple of a nice step at least `headroom` above the
 * largest value, so the tallest bar never touches the frame and its label fits above it.
 */
export function niceAxisMax(values: number[], headroom = 0.12, targetTicks = 5): { max: number; step: number } {
  const largest = Math.max(0, ...values.filter(Number.isFinite));
  if (largest === 0) return { max: 1, step: 1 };
  const wanted = largest * (1 + headroom);
  const step = niceStep(wanted, targetTicks);
  return { max: Math.ceil(wanted / step - 1e-9) * step, step };
}

const LOG_STEPS = [1, 2, 5];

function round125(value: number): number {
  // 2 × 10⁻¹ is 0.20000000000000004 in floating point; keep three significant digits.
  return Number(value.toPrecision(3));
}

/** Every 1, 2, 5 × 10ⁿ from `min` to `max` inclusive. */
export function logTicks125(min: number, max: number): number[] {
  if (!(min > 0) || !(max >= min)) return [];
  const ticks: number[] = [];
  for (let exponent = Math.floor(Math.log10(min)); exponent <= Math.ceil(Math.log10(max)); exponent++) {
    for (const step of LOG_STEPS) {
      const value = round125(step * 10 ** exponent);
      if (value >= min * (1 - 1e-9) && value <= max * (1 + 1e-9)) ticks.push(value);
    }
  }
  return ticks;
}

/** The 1-2-5 values just below the smallest and just above the largest value (strictly, so no dot sits on the frame): the log axis' ends. */
export function logAxisBounds(values: number[]): { min: number; max: number } {
  const positive = values.filter((value) => value > 0 && Number.isFinite(value));
  if (positive.length === 0) return { min: 1, max: 10 };
  const [low, high] = [Math.min(...positive), Math.max(...positive)];
  const candidates = logTicks125(10 ** (Math.floor(Math.log10(low)) - 1), 10 ** (Math.ceil(Math.log10(high)) + 1));
  const min = [...candidates].reverse().find((tick) => tick < low * (1 - 1e-9)) ?? candidates[0] ?? low;
  const max = candidates.find((tick) => tick > high * (1 + 1e-9)) ?? candidates[candidates.length - 1] ?? high;
  return { min, max };
}

/**
 * The log axis' tick values for `lengthPx` of axis: 1-2-5 when each label gets `minGapPx`, else
 * only the powers of ten, else every other power; the ends of the axis are always labelled when
 * they are 1-2-5 values, so the reader sees the range.
 */
export function logTicksThatFit(min: number, max: number, lengthPx: number, minGapPx: number): number[] {
  const decades = Math.log10(max / min);
  const fits = (ticks: number[]) =>
    ticks.every(
      (tick, index) => index === 0 || (Math.log10(tick / ticks[index - 1]!) / decades) * lengthPx >= minGapPx,
    );
  const all = logTicks125(min, max);
  if (fits(all)) return all;
  const isPower = (tick: number) => Math.abs(Math.log10(tick) - Math.round(Math.log10(tick))) < 1e-9;
  const powers = all.filter(isPower);
  const withEnds = [...new Set([all[0]!, ...powers, all[all.length - 1]!])].sort((a, b) => a - b);
  if (fits(withEnds)) return withEnds;
  if (fits(powers)) return powers;
  return powers.filter((_, index) => index % 2 === 0);
}
