import type { MouseEvent } from "react";

import type { AppLocale } from "@/i18n/routing";
import type { EffectivePreset } from "@/lib/capex/scenario";
import { serializeCapexQuery } from "@/lib/capex/view-state";
import { CAPEX_PRESETS, type CapexPreset } from "@/lib/vocabulary";

import { capexPunctuation, type CapexLabels } from "./capex-labels";

type Props = {
  locale: AppLocale;
  /** What the view shows: a preset, or custom once a company is overridden. */
  current: EffectivePreset;
  /** The consensus growth as written on its button, e.g. "+19.6%". */
  consensus: string;
  labels: CapexLabels;
  onChoose: (preset: CapexPreset) => void;
};

/** The presets as links (they work without JavaScript); with it, a click edits the URL state in place. */
export function CapexPresetPicker({ locale, current, consensus, labels, onChoose }: Props) {
  const choose = (preset: CapexPreset) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    onChoose(preset);
  };
  const chip = "rounded-full border px-3 py-1 text-sm";
  const active = `${chip} border-accent bg-accent text-white`;
  return (
    <nav aria-label={labels.presetLabel} className="flex flex-wrap items-center gap-2" data-testid="capex-presets">
      <span className="text-sm font-medium text-slate-700">
        {labels.presetLabel}
        {capexPunctuation(locale).colon.trim()}
      </span>
      {CAPEX_PRESETS.map((preset) => (
        <a
          key={preset}
          href={`?${serializeCapexQuery({ preset, overrides: {}, scenarioId: null, section: null })}`}
          onClick={choose(preset)}
          aria-current={current === preset ? "true" : undefined}
          data-testid={`preset-${preset}`}
          className={
            current === preset ? active : `${chip} border-slate-300 bg-white text-slate-700 hover:bg-slate-100`
          }
        >
          {labels[`preset_${preset}`]}
          {preset === "consensus" ? ` ${consensus}` : ""}
        </a>
      ))}
      {current === "custom" ? (
        <span aria-current="true" className={active}>
          {labels.preset_custom}
        </span>
      ) : null}
    </nav>
  );
}
