import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxyHops, withTrustedForwardedFor } from "./client-address";

const headers = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("clientAddress", () => {
  it("is the socket's address (what next start wrote) without a trusted proxy", () => {
    expect(clientAddress(headers("127.0.0.2"), 0)).toBe("127.0.0.2");
    expect(clientAddress(headers("::ffff:10.0.0.7"), 0)).toBe("10.0.0.7");
    expect(clientAddress(headers("::1"), 0)).toBe("::1");
    expect(clientAddress(headers(), 0)).toBe("unknown");
  });

  it("is the entry the outermost trusted proxy appended", () => {
    // The client claims 6.6.6.6; proxy 2 (outer) saw 203.0.113.9; proxy 1 (inner) saw proxy 2 at 10.0.0.2.
    expect(clientAddress(headers("6.6.6.6, 203.0.113.9, 10.0.0.2"), 2)).toBe("203.0.113.9");
    expect(clientAddress(headers("6.6.6.6, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientAddress(headers("203.0.113.9"), 3)).toBe("203.0.113.9");
  });
});

describe("trustedProxyHops", () => {
  it("reads TRUSTED_PROXY as a count, true as one, anything else as none", () => {
    expect([undefined, "", "0", "1", "2", "true", "no", "-1", "99"].map((v) => trustedProxyHops({ TRUSTED_PROXY: v }))).toEqual([0, 0, 0, 1, 2, 1, 0, 0, 0]);
  });
});

describe("withTrustedForwardedFor", () => {
  it("drops a client's X-Forwarded-For unless proxies are trusted", () => {
    expect(withTrustedForwardedFor(headers("6.6.6.6"), 0).get("x-forwarded-for")).toBeNull();
    expect(withTrustedForwardedFor(headers("6.6.6.6"), 1).get("x-forwarded-for")).toBe("6.6.6.6");
  });
});
