"use client";

import { useState, type KeyboardEvent } from "react";

import { GROWTH_MAX_PERCENT, GROWTH_MIN_PERCENT, roundGrowthPercent, type CapexTicker } from "@/lib/capex/scenario";
import { readTypedNumber } from "@/lib/url-state/typed-number";

import { sliderValueAfterKey } from "./slider-keys";

type Props = {
  ticker: CapexTicker;
  /** The growth applied, in percent. */
  percent: number;
  label: string;
  /** The applied growth as read aloud, e.g. "+19.6%". */
  valueText: string;
  /** The message when a typed growth is outside the range and its bound applies instead. */
  clampedMessage: (typed: number, applied: number) => string;
  onChange: (percent: number) => void;
};

const RANGE = { min: GROWTH_MIN_PERCENT, max: GROWTH_MAX_PERCENT, round: roundGrowthPercent };

/**
 * A company's 2025 growth: a slider (1 point per arrow key, 10 with Shift or PageUp/PageDown) and a
 * number field (percent, one decimal) that move together. The field keeps what is being typed ("-",
 * "1.") until it parses; a value outside −50…+200 applies as the bound, shows it and says why. The
 * field is also the no-JavaScript form field (name = the URL parameter).
 */
export function GrowthInput({ ticker, percent, label, valueText, clampedMessage, onChange }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const [clamped, setClamped] = useState<{ typed: number; applied: number } | null>(null);
  const value = roundGrowthPercent(percent);
  // The message explains the value on screen; once that value changes by any means it no longer applies.
  const message = clamped && clamped.applied === value ? clampedMessage(clamped.typed, clamped.applied) : null;
  const messageId = `growth-message-${ticker}`;

  const setFromSlider = (next: number) => {
    setClamped(null);
    setDraft(null);
    onChange(next);
  };
  const onSliderKey = (event: KeyboardEvent<HTMLInputElement>) => {
    const next = sliderValueAfterKey(value, event.key, event.shiftKey, RANGE);
    if (next === null) return;
    event.preventDefault();
    if (next !== value) setFromSlider(next);
  };
  const onType = (text: string) => {
    const typed = readTypedNumber(text, RANGE);
    if (typed.kind === "incomplete") return setDraft(text);
    if (typed.kind === "applied") {
      setClamped(null);
      setDraft(text);
    } else {
      setClamped({ typed: typed.typed, applied: typed.value });
      setDraft(typed.showAppliedNow ? null : text);
    }
    onChange(typed.value);
  };

  return (
    <div>
      <div className="flex items-center gap-3">
        <input
          type="range"
          min={GROWTH_MIN_PERCENT}
          max={GROWTH_MAX_PERCENT}
          // 0.1 so the thumb sits at the applied value (19.6, not a snapped 20); the keys step by whole points (slider-keys.ts).
          step={0.1}
          value={value}
          aria-label={label}
          aria-valuetext={valueText}
          data-testid={`growth-slider-${ticker}`}
          onChange={(event) => setFromSlider(Number(event.target.value))}
          onKeyDown={onSliderKey}
          className="min-w-0 flex-1"
        />
        <span className="flex items-center gap-1">
          <input
            type="number"
            name={ticker}
            min={GROWTH_MIN_PERCENT}
            max={GROWTH_MAX_PERCENT}
            step={0.1}
            inputMode="decimal"
            value={draft ?? String(value)}
            aria-label={label}
            aria-invalid={message ? true : undefined}
            aria-describedby={messageId}
            data-testid={`growth-number-${ticker}`}
            onChange={(event) => onType(event.target.value)}
            onBlur={() => setDraft(null)}
            onKeyDown={(event) => {
              if (event.key === "Enter") setDraft(null);
            }}
            className="min-h-11 w-20 rounded-md border border-slate-300 px-2 text-right tabular-nums aria-invalid:border-amber-500 sm:min-h-0 sm:py-1"
          />
          <span aria-hidden="true" className="text-slate-500">
            %
          </span>
        </span>
      </div>
      {/* Always in the page, so screen readers announce the message when it appears. */}
      <p
        id={messageId}
        role="status"
        className={message ? "mt-1 text-xs text-amber-800" : undefined}
        data-testid={`growth-message-${ticker}`}
      >
        {message}
      </p>
    </div>
  );
}
