"use client";

import { useTransition, type FormEvent } from "react";
import { useRouter } from "@/i18n/navigation";

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
  /** Current values ("" = any), and the sort and chart tab to keep (only non-default ones). */
  values: { region: string; access: string; company: string; modality: string; from: string; to: string; q: string };
  keep: Record<string, string>;
  /** The URL parameters in their documented order (MODELS_PARAM_NAMES). */
  order: readonly string[];
  options: { region: Option[]; access: Option[]; company: Option[]; modality: Option[] };
  labels: ModelsFilterLabels;
};

/**
 * "region=&access=open" → "access=open": a GET form sends every field; the URL keeps only the set
 * ones, in the parameters' documented order (the same URL serializeModelsQuery writes).
 */
function queryFromForm(form: HTMLFormElement, order: readonly string[]): string {
  const data = new FormData(form);
  const query = new URLSearchParams();
  for (const name of order) {
    const value = data.get(name);
    if (typeof value === "string" && value.trim() !== "") query.set(name, value.trim());
  }
  return query.toString();
}

/**
 * The Models filters as a plain GET form: without JavaScript it submits to the server like any form;
 * with it, a change navigates on the client (no reload) to a clean URL, and the server filters.
 */
export function ModelsFilterForm({ action, values, keep, order, options, labels }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const navigate = (form: HTMLFormElement) => {
    const query = queryFromForm(form, order);
    startTransition(() => router.push(query ? `/models?${query}` : "/models", { scroll: false }));
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(event.currentTarget);
  };
  // Choosing from a list applies at once; the text search waits for Enter or the button.
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    if (event.target instanceof HTMLSelectElement || (event.target instanceof HTMLInputElement && event.target.type === "month")) navigate(event.currentTarget);
  };

  const field = "flex flex-col gap-1 text-xs font-medium text-slate-600";
  const control = "h-9 rounded-md border border-slate-300 bg-white px-2 text-sm font-normal text-slate-900 focus-visible:outline-2 focus-visible:outline-accent";
  const select = (name: keyof Props["options"], label: string) => (
    <label className={field}>
      {label}
      <select name={name} defaultValue={values[name]} className={control} data-testid={`filter-${name}`}>
        <option value="">{labels.any}</option>
        {options[name].map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form
      action={action}
      method="get"
      role="search"
      aria-label={labels.heading}
      aria-busy={pending}
      onSubmit={onSubmit}
      onChange={onChange}
      data-testid="models-filters"
      className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-4"
    >
      <label className={`${field} col-span-2 sm:col-span-3 lg:col-span-4`}>
        {labels.query}
        <span className="flex gap-2">
          <input type="search" name="q" defaultValue={values.q} placeholder={labels.queryPlaceholder} maxLength={100} className={`${control} min-w-0 flex-1`} data-testid="filter-q" />
          <button type="submit" className="h-9 rounded-md bg-accent px-4 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent">
            {labels.apply}
          </button>
        </span>
      </label>
      {select("region", labels.region)}
      {select("access", labels.access)}
      {select("company", labels.company)}
      {select("modality", labels.modality)}
      <label className={field}>
        {labels.from}
        <input type="month" name="from" defaultValue={values.from} placeholder="YYYY-MM" className={control} data-testid="filter-from" />
      </label>
      <label className={field}>
        {labels.to}
        <input type="month" name="to" defaultValue={values.to} placeholder="YYYY-MM" className={control} data-testid="filter-to" />
      </label>
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </form>
  );
}
