import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";

import { decodeTransaction, encodeTransaction, SIGN_IN_SECONDS, signInCookie, signInStateKey } from "./sign-in-state";

const key = signInStateKey({ OIDC_CLIENT_SECRET: "client-secret-for-the-test" });
const transaction = { state: "s", nonce: "n", verifier: "v", returnTo: "/en/capex?aapl=10", locale: "en" as const };
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
/** A cookie as an attacker would plant it: any payload, signed with a key of their own. */
const forged = (payload: unknown, signingKey: Buffer) => {
  const body = b64(payload);
  return `${body}.${createHmac("sha256", signingKey).update(body).digest("base64url")}`;
};

describe("sign-in state cookie", () => {
  it("round-trips while it is fresh, and is refused once expired", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    const value = encodeTransaction(transaction, key, now);
    expect(decodeTransaction(value, key, now + 1000)).toEqual(transaction);
    expect(decodeTransaction(value, key, now + SIGN_IN_SECONDS * 1000 + 1)).toBeNull();
  });

  it("is refused when unsigned, signed with another key, or edited", () => {
    const value = encodeTransaction(transaction, key);
    const [payload] = value.split(".");
    expect(decodeTransaction(payload, key)).toBeNull();
    expect(decodeTransaction(b64(transaction), key)).toBeNull();
    expect(decodeTransaction(value, signInStateKey({ OIDC_CLIENT_SECRET: "another" }))).toBeNull();
    expect(decodeTransaction(`${b64({ ...transaction, returnTo: "/zh" })}.${value.split(".")[1]}`, key)).toBeNull();
    expect(decodeTransaction(`${value}.x`, key)).toBeNull();
    expect(decodeTransaction(undefined, key)).toBeNull();
    expect(decodeTransaction("not-a-cookie", key)).toBeNull();
  });

  it("checks the return path and locale on the way back as on the way in", () => {
    const exp = Math.floor(Date.now() / 1000) + 60;
    for (const returnTo of ["//evil.example", "/.//evil", "/%2e//evil", "/\\evil", "https://evil.example"])
      expect(decodeTransaction(forged({ ...transaction, returnTo, exp }, key), key)).toBeNull();
    expect(decodeTransaction(forged({ ...transaction, locale: "fr", exp }, key), key)).toBeNull();
    expect(decodeTransaction(forged({ ...transaction, exp }, key), key)).toEqual(transaction);
  });

  it("derives one key per secret, preferring SIGN_IN_STATE_SECRET", () => {
    expect(signInStateKey({ OIDC_CLIENT_SECRET: "a" })).toEqual(signInStateKey({ OIDC_CLIENT_SECRET: "a" }));
    expect(signInStateKey({ SIGN_IN_STATE_SECRET: "b", OIDC_CLIENT_SECRET: "a" })).not.toEqual(
      signInStateKey({ OIDC_CLIENT_SECRET: "a" }),
    );
    expect(signInStateKey({})).toHaveLength(32);
  });

  it("is a __Host- cookie over https and a path-scoped one on plain http", () => {
    expect(signInCookie(true)).toEqual({ name: "__Host-capex_lens_oidc", path: "/" });
    expect(signInCookie(false)).toEqual({ name: "capex_lens_oidc", path: "/api/auth/callback" });
  });
});
