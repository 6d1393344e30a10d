"use client";

import type { KeyboardEvent } from "react";

import { GROWTH_MAX_PERCENT, GROWTH_MIN_PERCENT, roundGrowthPercent } from "@/lib/capex/scenario";
import type { CapexTicker } from "@/lib/vocabulary";

import { useClampedNumberInput } from "../ui/use-clamped-number-input";
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
  const value = roundGrowthPercent(percent);
  const field = useClampedNumberInput(value, RANGE, onChange);
  const message = field.clamped ? clampedMessage(field.clamped.typed, field.clamped.applied) : null;
  const messageId = `growth-message-${ticker}`;

  const setFromSlider = (next: number) => {
    field.reset();
    onChange(next);
  };
  const onSliderKey = (event: KeyboardEvent<HTMLInputElement>) => {
    const next = sliderValueAfterKey(value, event.key, event.shiftKey, RANGE);
    if (next === null) return;
    event.preventDefault();
    if (next !== value) setFromSlider(next);
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
            {...field.inputProps}
            name={ticker}
            step={0.1}
            aria-label={label}
            aria-describedby={messageId}
            data-testid={`growth-number-${ticker}`}
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
