"use client";

import { useState, type ChangeEvent, type KeyboardEvent } from "react";

import { readTypedNumber, type NumberRange } from "@/lib/url-state/typed-number";

/** A typed value outside the range, and the bound applied instead. */
export type ClampedValue = { typed: number; applied: number };

/**
 * A number field bound to a value in a range (the Capex growth fields, the Training price): the
 * field keeps what is being typed ("-", "1.") until it parses, applies a value outside the range as
 * its bound and reports that (`clamped`, for the message beside the field). Leaving the field or
 * Enter shows the applied value again. The callers lay out the field and its message; the props go
 * on the `<input>`.
 */
export function useClampedNumberInput(value: number, range: NumberRange, onValue: (value: number) => void) {
  const [draft, setDraft] = useState<string | null>(null);
  const [clamped, setClamped] = useState<ClampedValue | null>(null);
  // The message explains the value on screen; once that value changes by any means it no longer applies.
  const shown = clamped && clamped.applied === value ? clamped : null;

  const onType = (text: string) => {
    const typed = readTypedNumber(text, range);
    if (typed.kind === "incomplete") return setDraft(text);
    if (typed.kind === "applied") {
      setClamped(null);
      setDraft(text);
    } else {
      setClamped({ typed: typed.typed, applied: typed.value });
      setDraft(typed.showAppliedNow ? null : text);
    }
    onValue(typed.value);
  };

  return {
    clamped: shown,
    /** Forgets the draft and the clamp, for a change made another way (the growth slider). */
    reset: () => {
      setClamped(null);
      setDraft(null);
    },
    inputProps: {
      type: "number",
      inputMode: "decimal",
      min: range.min,
      max: range.max,
      value: draft ?? String(value),
      "aria-invalid": shown ? true : undefined,
      onChange: (event: ChangeEvent<HTMLInputElement>) => onType(event.target.value),
      onBlur: () => setDraft(null),
      onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
        if (event.key === "Enter") setDraft(null);
      },
    } as const,
  };
}
