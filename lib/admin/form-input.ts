/**
 * Turns an admin form's fields into the plain object the entity schemas validate, so the forms
 * and the JSON API share one set of rules and messages. Nothing is validated here: a field that
 * is not a number stays a string, and the schema names it.
 */
export type FormFields = { get(name: string): FormDataEntryValue | null; getAll(name: string): FormDataEntryValue[] };

const str = (form: FormFields, name: string): string => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};
const nullableText = (form: FormFields, name: string): string | null => str(form, name).trim() || null;
const checkbox = (form: FormFields, name: string): boolean => form.get(name) === "on";
const nullableNumber = (form: FormFields, name: string): number | string | null => {
  const raw = str(form, name).trim();
  if (raw === "") return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value : raw;
};

export function modelFormInput(form: FormFields) {
  return {
    nameZh: str(form, "nameZh"),
    nameEn: str(form, "nameEn"),
    nameAsPrinted: nullableText(form, "nameAsPrinted"),
    company: str(form, "company"),
    region: str(form, "region"),
    paramsB: nullableNumber(form, "paramsB"),
    moe: checkbox(form, "moe"),
    inputs: form.getAll("inputs").filter((v): v is string => typeof v === "string"),
    outputs: form.getAll("outputs").filter((v): v is string => typeof v === "string"),
    openWeights: checkbox(form, "openWeights"),
    released: str(form, "released"),
    caveatZh: nullableText(form, "caveatZh"),
    caveatEn: nullableText(form, "caveatEn"),
    sourceZh: str(form, "sourceZh"),
    sourceEn: str(form, "sourceEn"),
  };
}

export function capexFormInput(form: FormFields) {
  return {
    company: str(form, "company"),
    year: nullableNumber(form, "year"),
    kind: str(form, "kind"),
    usdBn: nullableNumber(form, "usdBn"),
    usdBnLow: nullableNumber(form, "usdBnLow"),
    usdBnHigh: nullableNumber(form, "usdBnHigh"),
    basisZh: str(form, "basisZh"),
    basisEn: str(form, "basisEn"),
    lineZh: nullableText(form, "lineZh"),
    lineEn: nullableText(form, "lineEn"),
    measureZh: nullableText(form, "measureZh"),
    measureEn: nullableText(form, "measureEn"),
    origin: str(form, "origin"),
    sourceZh: str(form, "sourceZh"),
    sourceEn: str(form, "sourceEn"),
    saidOn: nullableText(form, "saidOn"),
    accession: nullableText(form, "accession"),
    filedOn: nullableText(form, "filedOn"),
    sourceUrl: nullableText(form, "sourceUrl"),
  };
}

/** The version the form was loaded with (hidden field), or null when it is missing or not a number. */
export function formVersion(form: FormFields): number | null {
  const raw = str(form, "version");
  return /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}
