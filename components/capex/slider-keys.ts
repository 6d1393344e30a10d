/**
 * The keyboard steps of a growth slider: arrows move 1 point, Shift+arrow and PageUp/PageDown 10,
 * Home/End go to the ends. A value between steps moves to the next step in that direction
 * (19.6 → 20, not 20.6), as HTML's stepUp does, so round figures are a few presses away.
 */
const KEY_STEPS: Record<string, number> = {
  ArrowRight: 1,
  ArrowUp: 1,
  ArrowLeft: -1,
  ArrowDown: -1,
  PageUp: 10,
  PageDown: -10,
};
const SHIFTED = 10;

/** The value after `key`, or null when the key is not a slider key. Values are in tenths of a point. */
export function sliderValueAfterKey(
  value: number,
  key: string,
  shiftKey: boolean,
  range: { min: number; max: number },
): number | null {
  if (key === "Home") return range.min;
  if (key === "End") return range.max;
  const direction = KEY_STEPS[key];
  if (direction === undefined) return null;
  const step = Math.abs(direction) === 1 && shiftKey ? SHIFTED : Math.abs(direction);
  // In tenths, so 19.6 is exactly 196 and no float error decides which step is "next".
  const tenths = Math.round((value - range.min) * 10);
  const stepTenths = step * 10;
  const steps = direction > 0 ? Math.floor(tenths / stepTenths) + 1 : Math.ceil(tenths / stepTenths) - 1;
  return Math.min(range.max, Math.max(range.min, range.min + (steps * stepTenths) / 10));
}
