import fc from "fast-check";

import type { RawSearchParams } from "@/lib/url-state/search-params";

/** A query as Next.js hands it to a page: one string per parameter, an array when repeated. */
export function rawSearchParams(search: URLSearchParams): RawSearchParams {
  const raw: RawSearchParams = {};
  for (const name of new Set(search.keys())) {
    const values = search.getAll(name);
    raw[name] = values.length === 1 ? values[0] : values;
  }
  return raw;
}

/** Text a link might carry where a value is expected: junk, whitespace, other scripts, exponents. */
export const junkValue = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "",
    " ",
    "  12 ",
    "+5",
    "-0",
    "12.",
    ".5",
    "1e2",
    "0x10",
    "Infinity",
    "-Infinity",
    "NaN",
    "１２",
    "٣",
    "1,5",
    "12%",
    "null",
    "<b>",
  ),
);

/** A number as text in the shapes links hold: integers, decimals (a few digits), signs, far out of range. */
export const numberText = fc.oneof(
  fc.integer({ min: -500, max: 500 }).map(String),
  fc
    .tuple(fc.integer({ min: -300, max: 300 }), fc.integer({ min: 0, max: 999 }))
    .map(([whole, fraction]) => `${whole}.${fraction}`),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(String),
  fc.integer({ min: 0, max: 300 }).map((value) => `+${value}`),
);

/** A query of up to `maxLength` parameters drawn from `names` (repeats allowed), each with a value from `value`. */
export function queryOf(
  names: readonly string[],
  value: fc.Arbitrary<string>,
  maxLength = 8,
): fc.Arbitrary<URLSearchParams> {
  return fc.array(fc.tuple(fc.constantFrom(...names), value), { maxLength }).map((pairs) => new URLSearchParams(pairs));
}
