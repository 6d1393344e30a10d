"use client";

import { useQueryState } from "nuqs";
import { useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from "react";

import {
  DEFAULT_MODELS_QUERY,
  modelsUrlParsers,
  serializeModelsQuery,
  type ModelsQuery,
} from "@/lib/models/view-state";
import { DATA_VERSION_PARAM, dataVersionParser } from "@/lib/url-state/data-version";

import { useModelsUrlState } from "./use-models-url-state";

type Option = { value: string; label: string };

export type ModelsFilterLabels = {
  heading: string;
  region: string;
  access: string;
  company: string;
  modality: string;
  from: string;
  to: string;
  query: string;
  queryPlaceholder: string;
  any: string;
  apply: string;
};

type Props = {
  /** The localized path the form GETs without JavaScript, e.g. "/en/models". */
  action: string;
  options: { region: Option[]; access: Option[]; company: Option[]; modality: Option[] };
  labels: ModelsFilterLabels;
};

const FILTERS = ["region", "access", "company", "modality", "from", "to", "q"] as const;
type FilterName = (typeof FILTERS)[number];

/** A filter's value as the form field gives it, read by the same parser as the URL ("" = any). */
function filterValue<Name extends FilterName>(name: Name, text: string): ModelsQuery[Name] {
  return modelsUrlParsers[name].parse([text]) as ModelsQuery[Name];
}

/** Keys that change a field without saying "apply": arrows and typing in a closed list, typing in a month field. */
const isEditingKey = (event: KeyboardEvent) =>
  !["Enter", "Tab", "Escape", "Shift", "Control", "Alt", "Meta"].includes(event.key);

/**
 * The Models filters. Without JavaScript, a plain GET form. With it, the fields show the URL's state
 * (so Back and Forward update them) and a change navigates to the filtered view: at once for a
 * choice made with the mouse, and for a keyboard change (arrows in a closed list, typing a month)
 * on Enter or when the field is left, so stepping through a list does not reload the rows at each
 * step. The form is never re-created, so the focus stays where it was while the rows update.
 */
export function ModelsFilterForm({ action, options, labels }: Props) {
  const companySlugs = useMemo(() => options.company.map((option) => option.value), [options.company]);
  const [state, navigate, pending] = useModelsUrlState(companySlugs);
  // A pinned link (`v=`) stays pinned when filtered: nuqs keeps it, and without JavaScript this field does.
  const [pinnedVersion] = useQueryState(DATA_VERSION_PARAM, dataVersionParser);
  // Changes not applied yet (a keyboard change, the search text being typed), made on the state shown:
  // once the URL's state changes (applied, Back, Forward), they are gone.
  const stateKey = serializeModelsQuery(state);
  const [pendingEdits, setPendingEdits] = useState<{ on: string; values: Partial<Record<FilterName, string>> }>({
    on: stateKey,
    values: {},
  });
  const drafts = pendingEdits.on === stateKey ? pendingEdits.values : {};
  const setDraft = (name: FilterName, text: string) =>
    setPendingEdits({ on: stateKey, values: { ...drafts, [name]: text } });
  const keyboardEdit = useRef<FilterName | null>(null);
  const searchId = useId();

  const shown = (name: FilterName) => drafts[name] ?? state[name] ?? "";
  const apply = (changes: Partial<Record<FilterName, string>>) => {
    const next = { ...state };
    for (const [name, text] of Object.entries(changes) as [FilterName, string][])
      (next as Record<FilterName, unknown>)[name] = filterValue(name, text);
    setPendingEdits({ on: stateKey, values: {} });
    if (FILTERS.some((name) => next[name] !== state[name])) navigate(next);
  };

  const fieldEvents = (name: FilterName) => ({
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (isEditingKey(event)) {
        // The browser dispatches the change a key makes while handling the key press, so a change after
        // this task came from elsewhere (a pick in the opened list, the mouse) and applies at once.
        keyboardEdit.current = name;
        setTimeout(() => {
          if (keyboardEdit.current === name) keyboardEdit.current = null;
        }, 0);
      }
      if (event.key === "Enter" && event.currentTarget instanceof HTMLSelectElement) {
        // Enter applies here; left alone, Chromium would also open the list, which then swallows the next Tab.
        event.preventDefault();
        if (drafts[name] !== undefined) apply({ [name]: drafts[name] });
      }
    },
    onChange: (event: FormEvent<HTMLInputElement | HTMLSelectElement>) => {
      const text = event.currentTarget.value;
      if (keyboardEdit.current === name) setDraft(name, text);
      else apply({ [name]: text });
    },
    onBlur: () => {
      if (drafts[name] !== undefined) apply({ [name]: drafts[name] });
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    apply(Object.fromEntries(FILTERS.map((name) => [name, String(data.get(name) ?? "")])));
  };

  const field = "flex flex-col gap-1 text-xs font-medium text-slate-600";
  const control =
    "h-9 rounded-md border border-slate-300 bg-white px-2 text-sm font-normal text-slate-900 focus-visible:outline-2 focus-visible:outline-accent";
  const select = (name: keyof Props["options"], label: string) => (
    <label className={field}>
      {label}
      <select name={name} value={shown(name)} className={control} data-testid={`filter-${name}`} {...fieldEvents(name)}>
        <option value="">{labels.any}</option>
        {options[name].map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
  const month = (name: "from" | "to", label: string) => (
    <label className={field}>
      {label}
      <input
        type="month"
        name={name}
        value={shown(name)}
        className={control}
        data-testid={`filter-${name}`}
        {...fieldEvents(name)}
      />
    </label>
  );
  // Sort and chart tab survive a filter change; without JavaScript only non-default ones travel as hidden fields.
  const keep = (["sort", "dir", "view"] as const).filter(
    (name) => state[name] !== DEFAULT_MODELS_QUERY[name] && state[name] !== null,
  );

  return (
    <form
      action={action}
      method="get"
      role="search"
      aria-label={labels.heading}
      aria-busy={pending}
      onSubmit={onSubmit}
      data-testid="models-filters"
      className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-4"
    >
      {/* The label names the search field alone; the Apply button beside it has its own name. */}
      <div className={`${field} col-span-2 sm:col-span-3 lg:col-span-4`}>
        <label htmlFor={searchId}>{labels.query}</label>
        <span className="flex gap-2">
          <input
            id={searchId}
            type="search"
            name="q"
            value={drafts.q ?? state.q ?? ""}
            onChange={(event) => setDraft("q", event.target.value)}
            placeholder={labels.queryPlaceholder}
            maxLength={100}
            className={`${control} min-w-0 flex-1`}
            data-testid="filter-q"
          />
          <button
            type="submit"
            className="h-9 rounded-md bg-accent px-4 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
          >
            {labels.apply}
          </button>
        </span>
      </div>
      {select("region", labels.region)}
      {select("access", labels.access)}
      {select("company", labels.company)}
      {select("modality", labels.modality)}
      {month("from", labels.from)}
      {month("to", labels.to)}
      {keep.map((name) => (
        <input key={name} type="hidden" name={name} value={String(state[name])} />
      ))}
      {pinnedVersion !== null ? <input type="hidden" name={DATA_VERSION_PARAM} value={pinnedVersion} /> : null}
    </form>
  );
}
