"use client";

import { useActionState } from "react";

import { initialAdminFormState, type AdminFormAction } from "@/lib/admin/form-state";
import { MODEL_REGIONS } from "@/lib/vocabulary";

import { controlProps, FormField } from "./form-field";
import { RecordForm } from "./record-form";

export type ModelFormValues = {
  nameZh: string;
  nameEn: string;
  nameAsPrinted: string | null;
  company: string;
  region: string;
  paramsB: number | string | null;
  moe: boolean;
  inputs: string[];
  outputs: string[];
  openWeights: boolean;
  released: string;
  caveatZh: string | null;
  caveatEn: string | null;
  sourceZh: string;
  sourceEn: string;
  newSlug?: string;
};
export type ModelFormLabels = {
  fields: Record<keyof ModelFormValues, string>;
  save: string;
  back: string;
  note: string;
  regions: Record<string, string>;
  modalities: Record<string, string>;
};

type Props = {
  /** The server action that saves the model (app/[locale]/admin/actions.ts), passed down like Capex passes its save. */
  save: AdminFormAction;
  locale: string;
  /** The model being edited (its slug is fixed), or null for a new one. */
  record: { slug: string; version: number } | null;
  values: ModelFormValues;
  labels: ModelFormLabels;
  companies: { slug: string; name: string }[];
  modalities: readonly string[];
};

/** Creates or edits one model with the API's schema; errors come back per field from the server action. */
export function ModelForm({ save, locale, record, values: initial, labels, companies, modalities }: Props) {
  const [state, action, pending] = useActionState(save, initialAdminFormState);
  const values = (state.values as ModelFormValues | null) ?? initial;
  const e = state.errors;
  const f = labels.fields;
  const text = (
    name:
      | "nameZh"
      | "nameEn"
      | "nameAsPrinted"
      | "released"
      | "caveatZh"
      | "caveatEn"
      | "sourceZh"
      | "sourceEn"
      | "newSlug",
  ) => (
    <FormField name={name} label={f[name]} error={e[name]}>
      <input type="text" {...controlProps(name, e[name])} defaultValue={values[name] ?? ""} />
    </FormField>
  );
  const check = (name: "moe" | "openWeights") => (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" name={name} defaultChecked={values[name]} /> {f[name]}
    </label>
  );
  const modalityGroup = (name: "inputs" | "outputs") => (
    <fieldset className="flex flex-col gap-1" aria-describedby={e[name] ? `error-${name}` : undefined}>
      <legend className="text-sm font-medium text-slate-700">{f[name]}</legend>
      <div className="flex flex-wrap gap-3">
        {modalities.map((m) => (
          <label key={m} className="flex items-center gap-1 text-sm">
            <input type="checkbox" name={name} value={m} defaultChecked={values[name].includes(m)} />{" "}
            {labels.modalities[m] ?? m}
          </label>
        ))}
      </div>
      {e[name] ? (
        <p id={`error-${name}`} className="text-sm text-red-700" data-testid={`error-${name}`}>
          {e[name]}
        </p>
      ) : null}
    </fieldset>
  );
  return (
    <RecordForm
      action={action}
      attempt={state.attempt}
      locale={locale}
      record={record ? { keyName: "slug", key: record.slug, version: record.version } : null}
      message={state.message}
      note={labels.note}
      saveLabel={labels.save}
      backLabel={labels.back}
      pending={pending}
    >
      {record ? null : <div className="sm:col-span-2">{text("newSlug")}</div>}
      {text("nameZh")}
      {text("nameEn")}
      {text("nameAsPrinted")}
      <FormField name="company" label={f.company} error={e.company}>
        <select {...controlProps("company", e.company)} defaultValue={values.company}>
          {companies.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
      </FormField>
      <FormField name="region" label={f.region} error={e.region}>
        <select {...controlProps("region", e.region)} defaultValue={values.region}>
          {MODEL_REGIONS.map((r) => (
            <option key={r} value={r}>
              {labels.regions[r]}
            </option>
          ))}
        </select>
      </FormField>
      <FormField name="paramsB" label={f.paramsB} error={e.paramsB}>
        <input
          type="text"
          inputMode="decimal"
          {...controlProps("paramsB", e.paramsB)}
          defaultValue={values.paramsB ?? ""}
        />
      </FormField>
      {text("released")}
      <div className="flex flex-col justify-end gap-2">
        {check("moe")}
        {check("openWeights")}
      </div>
      {modalityGroup("inputs")}
      {modalityGroup("outputs")}
      {text("caveatZh")}
      {text("caveatEn")}
      <div className="sm:col-span-2">{text("sourceZh")}</div>
      <div className="sm:col-span-2">{text("sourceEn")}</div>
    </RecordForm>
  );
}
