/**
 * What a number field's text means for the state: nothing yet, a value to apply, or a value outside
 * the allowed range that applies as the nearest bound (and says so beside the field).
 */
export type TypedNumber =
  | { kind: "incomplete" }
  | { kind: "applied"; value: number }
  | {
      kind: "clamped";
      /** What was typed, and the bound applied instead. */
      typed: number;
      value: number;
      /**
       * Whether the field should show the applied value at once: it should unless more typing could
       * still bring the text into range ("0" on the way to "0.5" when the minimum is 0.1).
       */
      showAppliedNow: boolean;
    };

export type NumberRange = { min: number; max: number; round: (value: number) => number };

/** Whether appending characters to `text` (a number `value`) could still give a number within [min, max]. */
function couldStillReachRange(text: string, value: number, { min, max }: NumberRange): boolean {
  // Appending digits or decimals moves a number away from zero (or barely): only a non-negative number
  // below a positive minimum, or a negative one above a negative maximum, can still grow into range.
  if (value > max) return value < 0;
  if (value < 0) return false;
  const point = text.indexOf(".");
  if (point === -1) return true;
  const decimals = text.length - point - 1;
  return value + 10 ** -decimals > min;
}

/**
 * Reads a number field's text (HTML's value: "" while what is typed is not yet a number, e.g. "-").
 * A value that rounds (to the field's precision) into range applies rounded; one outside applies as
 * the nearest bound.
 */
export function readTypedNumber(text: string, range: NumberRange): TypedNumber {
  const trimmed = text.trim();
  const typed = Number(trimmed);
  if (trimmed === "" || !Number.isFinite(typed)) return { kind: "incomplete" };
  const rounded = range.round(typed);
  if (rounded >= range.min && rounded <= range.max) return { kind: "applied", value: rounded };
  const value = range.round(Math.min(range.max, Math.max(range.min, typed)));
  return { kind: "clamped", typed, value, showAppliedNow: !couldStillReachRange(trimmed, typed, range) };
}
