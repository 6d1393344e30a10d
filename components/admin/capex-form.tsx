"use client";

import { useActionState } from "react";

import { initialAdminFormState, type AdminFormAction } from "@/lib/admin/form-state";

import { controlProps, FormField } from "./form-field";
import { RecordForm } from "./record-form";

export type CapexFormValues = {
  company: string;
  year: number | string | null;
  kind: string;
  usdBn: number | string | null;
  usdBnLow: number | string | null;
  usdBnHigh: number | string | null;
  basisZh: string;
  basisEn: string;
  lineZh: string | null;
  lineEn: string | null;
  measureZh: string | null;
  measureEn: string | null;
  origin: string;
  sourceZh: string;
  sourceEn: string;
  saidOn: string | null;
  accession: string | null;
  filedOn: string | null;
  sourceUrl: string | null;
};
export type CapexFormLabels = {
  fields: Record<keyof CapexFormValues, string>;
  save: string;
  back: string;
  note: string;
  kinds: Record<string, string>;
  origins: Record<string, string>;
};

type Props = {
  /** The server action that saves the figure (app/[locale]/admin/actions.ts). */
  save: AdminFormAction;
  locale: string;
  /** The figure being edited, or null for a new one. */
  record: { id: number; version: number } | null;
  values: CapexFormValues;
  labels: CapexFormLabels;
  companies: { slug: string; name: string }[];
};

/** Creates or edits one capex figure with the API's schema; errors come back per field from the server action. */
export function CapexForm({ save, locale, record, values: initial, labels, companies }: Props) {
  const [state, action, pending] = useActionState(save, initialAdminFormState);
  const values = (state.values as CapexFormValues | null) ?? initial;
  const e = state.errors;
  const f = labels.fields;
  const input = (
    name:
      | "year"
      | "usdBn"
      | "usdBnLow"
      | "usdBnHigh"
      | "basisZh"
      | "basisEn"
      | "lineZh"
      | "lineEn"
      | "measureZh"
      | "measureEn"
      | "sourceZh"
      | "sourceEn"
      | "saidOn"
      | "accession"
      | "filedOn"
      | "sourceUrl",
  ) => (
    <FormField name={name} label={f[name]} error={e[name]}>
      <input type="text" {...controlProps(name, e[name])} defaultValue={values[name] ?? ""} />
    </FormField>
  );
  const select = (name: "company" | "kind" | "origin", options: { value: string; label: string }[]) => (
    <FormField name={name} label={f[name]} error={e[name]}>
      <select {...controlProps(name, e[name])} defaultValue={values[name]}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FormField>
  );
  const labelled = (labels: Record<string, string>) =>
    Object.entries(labels).map(([value, label]) => ({ value, label }));
  return (
    <RecordForm
      action={action}
      attempt={state.attempt}
      locale={locale}
      record={record ? { keyName: "id", key: record.id, version: record.version } : null}
      message={state.message}
      note={labels.note}
      saveLabel={labels.save}
      backLabel={labels.back}
      pending={pending}
    >
      {select(
        "company",
        companies.map((c) => ({ value: c.slug, label: c.name })),
      )}
      {input("year")}
      {select("kind", labelled(labels.kinds))}
      {select("origin", labelled(labels.origins))}
      {input("usdBn")}
      {input("saidOn")}
      {input("usdBnLow")}
      {input("usdBnHigh")}
      {input("basisZh")}
      {input("basisEn")}
      <div className="sm:col-span-2">{input("lineZh")}</div>
      <div className="sm:col-span-2">{input("lineEn")}</div>
      <div className="sm:col-span-2">{input("measureZh")}</div>
      <div className="sm:col-span-2">{input("measureEn")}</div>
      <div className="sm:col-span-2">{input("sourceZh")}</div>
      <div className="sm:col-span-2">{input("sourceEn")}</div>
      {input("accession")}
      {input("filedOn")}
      <div className="sm:col-span-2">{input("sourceUrl")}</div>
    </RecordForm>
  );
}
