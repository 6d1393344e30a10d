"use client";

import { useQueryStates } from "nuqs";
import { useCallback, useMemo } from "react";

import {
  trainingStateFromUrl,
  trainingUrlParsers,
  trainingUrlValues,
  type TrainingViewState,
} from "@/lib/training/view-state";
import { EDIT_URL_OPTIONS } from "@/lib/url-state/options";

/** The Training view's state: the URL, read through nuqs on every render and replaced on every edit. */
export function useTrainingUrlState(): [TrainingViewState, (next: TrainingViewState) => void] {
  const [values, setValues] = useQueryStates(trainingUrlParsers, EDIT_URL_OPTIONS);
  const state = useMemo(() => trainingStateFromUrl(values), [values]);
  const edit = useCallback((next: TrainingViewState) => void setValues(trainingUrlValues(next)), [setValues]);
  return [state, edit];
}
