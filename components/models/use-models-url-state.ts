"use client";

import { useQueryStates } from "nuqs";
import { useCallback, useMemo, useTransition } from "react";

import { modelsUrlParsers, settleModelsQuery, type ModelsQuery } from "@/lib/models/view-state";
import { NAVIGATE_URL_OPTIONS } from "@/lib/url-state/options";

/**
 * The Models view's state: the URL, read through nuqs (settled as the server settles it: an unknown
 * company dropped, a reversed range swapped). Setting it navigates: a new history entry, and the
 * server renders the filtered rows; `pending` is true until they arrive.
 */
export function useModelsUrlState(
  companySlugs: readonly string[],
): [ModelsQuery, (next: ModelsQuery) => void, boolean] {
  const [pending, startTransition] = useTransition();
  const [values, setValues] = useQueryStates(modelsUrlParsers, { ...NAVIGATE_URL_OPTIONS, startTransition });
  const state = useMemo(() => settleModelsQuery(values, companySlugs).state, [values, companySlugs]);
  // Every Models parameter is written, so a malformed value left in the link is dropped too.
  const navigate = useCallback(
    (next: ModelsQuery) => void setValues(settleModelsQuery(next, companySlugs).state),
    [setValues, companySlugs],
  );
  return [state, navigate, pending];
}
