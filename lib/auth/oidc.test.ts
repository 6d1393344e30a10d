import { describe, expect, it } from "vitest";

import { decodeTransaction, encodeTransaction, identityFromClaims } from "./oidc";

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

describe("sign-in transaction cookie", () => {
  it("round-trips, and anything else reads as no transaction", () => {
    const transaction = { state: "s", nonce: "n", verifier: "v", returnTo: "/en/admin", locale: "en" as const };
    expect(decodeTransaction(encodeTransaction(transaction))).toEqual(transaction);
    expect(decodeTransaction(undefined)).toBeNull();
    expect(decodeTransaction("not-base64-json")).toBeNull();
    expect(decodeTransaction(Buffer.from(JSON.stringify({ state: "s" })).toString("base64url"))).toBeNull();
  });
});
