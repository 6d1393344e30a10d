import { describe, expect, it } from "vitest";

import { securityLogLine } from "./security-log";

describe("securityLogLine", () => {
  it("is one line: event, who, what, from where, outcome (and why)", () => {
    expect(
      securityLogLine("authorization-failure", {
        who: "token:ci",
        what: "PATCH /api/models/o1",
        address: "10.0.0.7",
        outcome: "refused",
        reason: "not-editor",
      }),
    ).toBe(
      "auth authorization-failure: who=token:ci what=PATCH_/api/models/o1 address=10.0.0.7 outcome=refused reason=not-editor",
    );
  });

  it("keeps a forged value from starting a second entry", () => {
    const line = securityLogLine("sign-out", {
      who: "mallory\nauth sign-out: who=admin",
      what: "",
      address: "1.2.3.4",
      outcome: "ok",
    });
    expect(line.split("\n")).toHaveLength(1);
    expect(line).toContain("who=mallory_auth_sign-out:_who=admin what=- ");
  });
});
