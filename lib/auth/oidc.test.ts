import { describe, expect, it } from "vitest";

import { parseAuthConfig } from "./config";
import { identityFromClaims } from "./oidc";
import { roleFor } from "./roles";

describe("identityFromClaims", () => {
  it("takes the subject, a verified e-mail (lower case), a name and the groups claim", () => {
    expect(
      identityFromClaims(
        {
          iss: "https://idp",
          sub: "u1",
          email: "Ann@Example.com",
          email_verified: true,
          name: "Ann",
          groups: ["a", "b", 3],
        },
        "groups",
      ),
    ).toEqual({
      issuer: "https://idp",
      subject: "u1",
      email: "ann@example.com",
      name: "Ann",
      groups: ["a", "b"],
    });
  });

  it("drops an e-mail the provider marks unverified, and reads a custom groups claim given as one string", () => {
    expect(
      identityFromClaims(
        {
          iss: "i",
          sub: "u2",
          email: "x@example.com",
          email_verified: false,
          preferred_username: "x",
          roles: "capex-editors",
        },
        "roles",
      ),
    ).toEqual({
      issuer: "i",
      subject: "u2",
      email: null,
      name: "x",
      groups: ["capex-editors"],
    });
  });
});

describe("identityFromClaims and the editor role", () => {
  const config = parseAuthConfig({ EDITOR_EMAILS: "ed@example.com", EDITOR_GROUPS: "capex-editors" });
  const roleOf = (claims: Record<string, unknown>) =>
    roleFor(identityFromClaims({ iss: "https://idp", sub: "s", ...claims }, "groups"), config);

  it("makes an editor from an e-mail only when the provider asserts it verified (boolean true)", () => {
    expect(roleOf({ email: "ed@example.com", email_verified: true })).toBe("editor");
    for (const email_verified of [undefined, false, "false", "true", 1, null, {}])
      expect(roleOf({ email: "ed@example.com", email_verified })).toBe("viewer");
  });

  it("makes an editor from the group claim whatever the e-mail says", () => {
    expect(roleOf({ email: "ed@example.com", email_verified: "false", groups: ["capex-editors"] })).toBe("editor");
    expect(roleOf({ groups: "capex-editors" })).toBe("editor");
    expect(roleOf({ groups: ["staff"] })).toBe("viewer");
  });
});
