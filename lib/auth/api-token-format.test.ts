import { describe, expect, it } from "vitest";

import { apiTokenPublicId, newApiToken } from "./api-token-format";
import { sameHash, secretHash } from "./secrets";

describe("API tokens", () => {
  it("are cl_<public id>_<secret>, stored as the SHA-256 of the whole token", () => {
    const made = newApiToken();
    expect(made.token).toMatch(/^cl_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    expect(apiTokenPublicId(made.token)).toBe(made.publicId);
    expect(made.secretHash).toBe(secretHash(made.token));
    expect(made.secretHash).not.toContain(made.token.slice(16));
  });

  it("are different every time", () => {
    const tokens = new Set(Array.from({ length: 200 }, () => newApiToken().token));
    const ids = new Set([...tokens].map((t) => apiTokenPublicId(t)));
    expect(tokens.size).toBe(200);
    expect(ids.size).toBe(200);
  });

  it("have no public id when they are shaped otherwise", () => {
    expect(apiTokenPublicId("x".repeat(40))).toBeNull();
    expect(apiTokenPublicId(`cl_short_${"a".repeat(43)}`)).toBeNull();
    expect(apiTokenPublicId(`${newApiToken().token}x`)).toBeNull();
  });
});

describe("sameHash", () => {
  it("compares hex hashes, refusing empty or unequal lengths", () => {
    const h = secretHash("a");
    expect(sameHash(h, secretHash("a"))).toBe(true);
    expect(sameHash(h, secretHash("b"))).toBe(false);
    expect(sameHash(h, "")).toBe(false);
    expect(sameHash("", "")).toBe(false);
    expect(sameHash(h, h.slice(0, 10))).toBe(false);
  });
});
