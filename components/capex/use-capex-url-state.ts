"use client";

import { useQueryStates } from "nuqs";
import { useCallback, useEffect, useMemo } from "react";

import { normalizeScenario, type CapexCompanyBase, type CapexScenarioState } from "@/lib/capex/scenario";
import { capexStateFromUrl, capexUrlParsers, capexUrlValues, type CapexViewState } from "@/lib/capex/view-state";
import { EDIT_URL_OPTIONS } from "@/lib/url-state/options";

// The URL state as the scenario view last read it (nuqs, ahead of the address bar), for the after-note charts' Copy link (read on click).
let shownState: CapexViewState | null = null;

/** The capex URL state on screen, or null when no scenario view is mounted (an embedded section). */
export function latestCapexState(): CapexViewState | null {
  return shownState;
}

/**
 * The capex view's one source of state: the URL, read through nuqs on every render (so Back, Forward,
 * a return from the router cache and a locale switch show what the address bar says) and written on
 * every edit. The state is normalised as the server does it (an override equal to the preset's value
 * is no override); a saved scenario's id counts only while it is the one the server found.
 */
export function useCapexUrlState(
  companies: CapexCompanyBase[],
  consensusGrowth: number,
  savedScenarioId: string | null,
): [CapexViewState, (next: CapexScenarioState) => void] {
  const [values, setValues] = useQueryStates(capexUrlParsers, EDIT_URL_OPTIONS);
  const parsed = useMemo(() => capexStateFromUrl(values), [values]);
  const state = useMemo((): CapexViewState => {
    return {
      ...normalizeScenario(parsed, companies, consensusGrowth),
      scenarioId: parsed.scenarioId !== null && parsed.scenarioId === savedScenarioId ? parsed.scenarioId : null,
      section: parsed.section,
    };
  }, [parsed, companies, consensusGrowth, savedScenarioId]);
  useEffect(() => {
    shownState = parsed;
    return () => {
      if (shownState === parsed) shownState = null;
    };
  }, [parsed]);
  // Every capex parameter is written, so a malformed one left in the link is replaced too; an edit
  // leaves the saved scenario and keeps the section the page is at.
  const section = state.section;
  const edit = useCallback(
    (next: CapexScenarioState) => void setValues(capexUrlValues({ ...next, scenarioId: null, section })),
    [setValues, section],
  );
  return [state, edit];
}
