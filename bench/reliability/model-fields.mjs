// A model as the write API takes it: the fields, shared by the fuzzer and the suites that create models.

// What each field accepts, so a mutation can pick a value of a type it certainly rejects.
export const MODEL_FIELDS = {
  nameZh: "text",
  nameEn: "text",
  nameAsPrinted: "optionalText",
  company: "slug",
  region: "enum",
  paramsB: "nullableNumber",
  moe: "boolean",
  inputs: "list",
  outputs: "list",
  openWeights: "boolean",
  released: "yearMonth",
  caveatZh: "optionalText",
  caveatEn: "optionalText",
  sourceZh: "text",
  sourceEn: "text",
};

/** A new model's body: every field copied from an existing model, then any overrides (slug, names). */
export function modelBodyFrom(template, overrides = {}) {
  return { ...Object.fromEntries(Object.keys(MODEL_FIELDS).map((k) => [k, template[k]])), ...overrides };
}
