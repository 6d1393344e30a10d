import fc from "fast-check";
import { createSerializer, parseAsString } from "nuqs/server";
import { describe, expect, it } from "vitest";

import { dataVersionParser, parseDataVersionParam, withDataVersion } from "./data-version";

describe("the v= parameter", () => {
  it("reads a positive version number; anything else is no version, with a notice", () => {
    expect(parseDataVersionParam({ v: "12" })).toEqual({ version: 12, notices: [] });
    expect(parseDataVersionParam({})).toEqual({ version: null, notices: [] });
    for (const value of ["0", "-3", "1.5", "abc", "1e3", "", "99999999999"]) {
      expect(parseDataVersionParam({ v: value })).toMatchObject({
        version: null,
        notices: [{ key: "dataVersionUnknown", params: ["v"] }],
      });
    }
  });

  it("parses the same number on the server (zod) and in the browser (nuqs), for any text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.nat().map(String)), (value) => {
        expect(dataVersionParser.parse(value)).toBe(parseDataVersionParam({ v: value }).version);
      }),
    );
  });

  it("pins a query to a version, replacing one it had, and leaves it alone without one", () => {
    expect(withDataVersion("preset=guidance&v=3", 7)).toBe("preset=guidance&v=7");
    expect(withDataVersion("preset=guidance", null)).toBe("preset=guidance");
    const serialize = createSerializer({ preset: parseAsString, v: dataVersionParser });
    expect(serialize({ preset: "flat", v: 4 })).toBe("?preset=flat&v=4");
  });
});
