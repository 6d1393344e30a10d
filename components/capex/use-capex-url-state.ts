"use client";

import { useQueryStates } from "nuqs";
import { useCallback, useMemo } from "react";

import { normalizeScenario, type CapexCompanyBase, type CapexScenarioState } from "@/lib/capex/scenario";
import { capexStateFromUrl, capexUrlParsers, capexUrlValues, type CapexViewState } from "@/lib/capex/view-state";
import { EDIT_URL_OPTIONS } from "@/lib/url-state/options";

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
  const state = useMemo((): CapexViewState => {
    const parsed = capexStateFromUrl(values);
    return {
      ...normalizeScenario(parsed, companies, consensusGrowth),
      scenarioId: parsed.scenarioId !== null && parsed.scenarioId === savedScenarioId ? parsed.scenarioId : null,
      section: parsed.section,
    };
  }, [values, companies, consensusGrowth, savedScenarioId]);
  // Every capex parameter is written, so a malformed one left in the link is replaced too; an edit
  // leaves the saved scenario and keeps the section the page is at.
  const section = state.section;
  const edit = useCallback(
    (next: CapexScenarioState) => void setValues(capexUrlValues({ ...next, scenarioId: null, section })),
    [setValues, section],
  );
  return [state, edit];
}
