import type { z } from "zod";

/**
 * The admin forms show the entity schemas' errors in the page's language: each zod issue becomes a
 * message key (Admin.errors.*) and its values, by the issue's code and the field it is about. The
 * JSON API keeps the schemas' own (English) messages.
 */
export type FieldMessage = { key: FieldMessageKey; values?: Record<string, string | number> };

export type FieldMessageKey =
  | "required"
  | "number"
  | "wholeNumber"
  | "yesNo"
  | "list"
  | "tooLong"
  | "tooShort"
  | "atLeast"
  | "greaterThan"
  | "atMost"
  | "oneOf"
  | "slugFormat"
  | "yearMonthFormat"
  | "dateFormat"
  | "format"
  | "atLeastOneModality"
  | "duplicateModality"
  | "rangeOrder"
  | "unknownField"
  | "unknownCompany"
  | "slugFromName"
  | "invalid";

const FORMAT_BY_FIELD: Record<string, FieldMessageKey> = {
  slug: "slugFormat",
  company: "slugFormat",
  released: "yearMonthFormat",
  saidOn: "dateFormat",
};

export function fieldMessage(issue: z.core.$ZodIssue): FieldMessage {
  const field = String(issue.path[0] ?? "");
  switch (issue.code) {
    case "invalid_type":
      if (issue.expected === "int") return { key: "wholeNumber" };
      if (issue.expected === "number") return { key: "number" };
      if (issue.expected === "boolean") return { key: "yesNo" };
      if (issue.expected === "array") return { key: "list" };
      return { key: "required" };
    case "too_small":
      if (issue.origin === "string")
        return Number(issue.minimum) <= 1
          ? { key: "required" }
          : { key: "tooShort", values: { min: Number(issue.minimum) } };
      if (issue.origin === "array") return { key: "atLeastOneModality" };
      return { key: issue.inclusive === false ? "greaterThan" : "atLeast", values: { min: Number(issue.minimum) } };
    case "too_big":
      if (issue.origin === "string") return { key: "tooLong", values: { max: Number(issue.maximum) } };
      return { key: "atMost", values: { max: Number(issue.maximum) } };
    case "invalid_format":
      return { key: FORMAT_BY_FIELD[field] ?? "format" };
    case "invalid_value":
      return { key: "oneOf" };
    case "unrecognized_keys":
      return { key: "unknownField" };
    case "custom":
      if (field === "usdBnHigh") return { key: "rangeOrder" };
      if (field === "inputs" || field === "outputs") return { key: "duplicateModality" };
      return { key: "invalid" };
    default:
      return { key: "invalid" };
  }
}

/** One message per top-level field (the first issue wins), e.g. `inputs.0` is reported on `inputs`. */
export function fieldMessages(error: z.ZodError): Record<string, FieldMessage> {
  const messages: Record<string, FieldMessage> = {};
  for (const issue of error.issues) {
    const field = issue.code === "unrecognized_keys" ? (issue.keys[0] ?? "(form)") : String(issue.path[0] ?? "(form)");
    messages[field] ??= fieldMessage(issue);
  }
  return messages;
}
