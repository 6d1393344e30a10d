import { describe, expect, it } from "vitest";
import { authorizeToken, bearerToken, editorTokens } from "./admin-token";

describe("editorTokens", () => {
  it("reads ADMIN_TOKEN as 'admin' and ADMIN_TOKENS as label=token pairs", () => {
    expect(editorTokens({ ADMIN_TOKEN: " s3cret ", ADMIN_TOKENS: "alice=tok1, bob=tok2,broken,=x,carol=" })).toEqual([
      { label: "admin", token: "s3cret" },
      { label: "alice", token: "tok1" },
      { label: "bob", token: "tok2" },
    ]);
  });

  it("is empty when nothing (or only blanks) is configured", () => {
    expect(editorTokens({})).toEqual([]);
    expect(editorTokens({ ADMIN_TOKEN: "  ", ADMIN_TOKENS: "" })).toEqual([]);
  });
});

describe("authorizeToken", () => {
  const tokens = editorTokens({ ADMIN_TOKEN: "main-token", ADMIN_TOKENS: "alice=alice-token" });

  it("names the editor whose token matches", () => {
    expect(authorizeToken("main-token", tokens)).toEqual({ ok: true, actor: "admin" });
    expect(authorizeToken("alice-token", tokens)).toEqual({ ok: true, actor: "alice" });
  });

  it("refuses a missing token with 401 and a wrong one with 403", () => {
    expect(authorizeToken(null, tokens)).toEqual({ ok: false, status: 401, reason: "missing-token" });
    expect(authorizeToken("", tokens)).toEqual({ ok: false, status: 401, reason: "missing-token" });
    expect(authorizeToken("main-token ", tokens)).toEqual({ ok: false, status: 403, reason: "invalid-token" });
    expect(authorizeToken("main-toke", tokens)).toEqual({ ok: false, status: 403, reason: "invalid-token" });
    expect(authorizeToken("x".repeat(10_000), tokens)).toEqual({ ok: false, status: 403, reason: "invalid-token" });
  });

  it("disables writes when no token is configured, whatever is presented", () => {
    expect(authorizeToken("main-token", [])).toEqual({ ok: false, status: 403, reason: "writes-disabled" });
    expect(authorizeToken(null, editorTokens({}))).toEqual({ ok: false, status: 403, reason: "writes-disabled" });
  });
});

describe("bearerToken", () => {
  it("takes the token of a Bearer header only", () => {
    expect(bearerToken("Bearer abc")).toBe("abc");
    expect(bearerToken("bearer abc")).toBe("abc");
    expect(bearerToken("Basic abc")).toBeNull();
    expect(bearerToken("Bearer")).toBeNull();
    expect(bearerToken("Bearer a b")).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });
});
