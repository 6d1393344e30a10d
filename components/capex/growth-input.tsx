"use client";

import { useState } from "react";
import { GROWTH_MAX_PERCENT, GROWTH_MIN_PERCENT, roundGrowthPercent, type CapexTicker } from "@/lib/capex/scenario";

type Props = { ticker: CapexTicker; percent: number; label: string; onChange: (percent: number) => void };

/**
 * A company's 2025 growth: a slider and a number field (percent, one decimal) that move together.
 * The number field keeps what is being typed ("-", "1.") until it parses; it is also the no-JavaScript
 * form field (name = the URL parameter).
 */
export function GrowthInput({ ticker, percent, label, onChange }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const value = roundGrowthPercent(percent);
  return (
    <div className="flex items-center gap-3">
      <input
        type="range"
        min={GROWTH_MIN_PERCENT}
        max={GROWTH_MAX_PERCENT}
        step={0.1}
        value={value}
        aria-label={label}
        data-testid={`growth-slider-${ticker}`}
        onChange={(event) => onChange(Number(event.target.value))}
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
          data-testid={`growth-number-${ticker}`}
          onChange={(event) => {
            setDraft(event.target.value);
            const typed = event.target.valueAsNumber;
            if (Number.isFinite(typed)) onChange(typed);
          }}
          onBlur={() => setDraft(null)}
          className="min-h-11 w-20 rounded-md border border-slate-300 px-2 text-right tabular-nums sm:min-h-0 sm:py-1"
        />
        <span aria-hidden="true" className="text-slate-500">%</span>
      </span>
    </div>
  );
}
