import { describe, expect, it } from "vitest";

import { bearerToken } from "./bearer";
import { matchBootstrapToken, MIN_TOKEN_LENGTH, parseBootstrapTokens } from "./bootstrap-tokens";

const long = (seed: string) => seed.padEnd(MIN_TOKEN_LENGTH, "x");

describe("parseBootstrapTokens", () => {
  it("reads ADMIN_TOKEN as 'admin' and ADMIN_TOKENS as label=token pairs", () => {
    const { tokens, problems } = parseBootstrapTokens({
      ADMIN_TOKEN: ` ${long("main")} `,
      ADMIN_TOKENS: `alice=${long("a")}, bob=${long("b")}`,
    });
    expect(problems).toEqual([]);
    expect(tokens).toEqual([
      { label: "admin", token: long("main") },
      { label: "alice", token: long("a") },
      { label: "bob", token: long("b") },
    ]);
  });

  it("is empty when nothing (or only blanks) is configured", () => {
    expect(parseBootstrapTokens({})).toEqual({ tokens: [], problems: [] });
    expect(parseBootstrapTokens({ ADMIN_TOKEN: "  ", ADMIN_TOKENS: " , " })).toEqual({ tokens: [], problems: [] });
  });

  it("refuses short tokens and malformed pairs without repeating any secret", () => {
    const { tokens, problems } = parseBootstrapTokens({
      ADMIN_TOKEN: "a",
      ADMIN_TOKENS: `broken,=x,carol=short-secret,bob=${long("b")},bob=${long("c")}`,
    });
    expect(tokens.map((t) => t.label)).toEqual(["bob"]);
    expect(problems).toEqual([
      'ADMIN_TOKEN: the token for "admin" has 1 characters; bootstrap tokens need at least 32 (e.g. openssl rand -base64 32)',
      "ADMIN_TOKENS: entry 1 is not label=token (labels: letters, digits, _ . -, at most 40)",
      "ADMIN_TOKENS: entry 2 is not label=token (labels: letters, digits, _ . -, at most 40)",
      'ADMIN_TOKENS: the token for "carol" has 12 characters; bootstrap tokens need at least 32 (e.g. openssl rand -base64 32)',
      'ADMIN_TOKENS: the label "bob" is used twice',
    ]);
    expect(problems.join(" ")).not.toContain("short-secret");
  });
});

describe("matchBootstrapToken", () => {
  const { tokens } = parseBootstrapTokens({ ADMIN_TOKEN: long("main"), ADMIN_TOKENS: `alice=${long("alice")}` });

  it("names the label whose token matches, exactly", () => {
    expect(matchBootstrapToken(long("main"), tokens)).toBe("admin");
    expect(matchBootstrapToken(long("alice"), tokens)).toBe("alice");
    expect(matchBootstrapToken(`${long("main")} `, tokens)).toBeNull();
    expect(matchBootstrapToken("", tokens)).toBeNull();
    expect(matchBootstrapToken(long("main"), [])).toBeNull();
  });
});

describe("bearerToken", () => {
  it("reads the Bearer scheme only", () => {
    expect(bearerToken("Bearer abc")).toBe("abc");
    expect(bearerToken("bearer   abc  ")).toBe("abc");
    expect(bearerToken("Basic abc")).toBeNull();
    expect(bearerToken("Bearer a b")).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });
});
