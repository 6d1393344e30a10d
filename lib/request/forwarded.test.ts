import { describe, expect, it } from "vitest";

import { believedForwarding, clientAddress, isValidHost, trustedProxies } from "./forwarded";

describe("trustedProxies", () => {
  it("trusts no one by default", () => {
    const trusted = trustedProxies(undefined);
    expect(trusted("127.0.0.1")).toBe(false);
    expect(trusted("10.0.0.2")).toBe(false);
  });
  it("trusts the listed addresses, IPv4-mapped spellings included, and loopback on request", () => {
    const trusted = trustedProxies("10.0.0.2, 10.0.0.3 loopback");
    expect(trusted("10.0.0.2")).toBe(true);
    expect(trusted("::ffff:10.0.0.3")).toBe(true);
    expect(trusted("127.0.0.9")).toBe(true);
    expect(trusted("::1")).toBe(true);
    expect(trusted("10.0.0.4")).toBe(false);
  });
});

describe("isValidHost", () => {
  it.each(["localhost:3000", "lens.example.com", "LENS.example.com.", "127.0.0.1:8080", "[::1]:3000", "[2001:db8::1]"])(
    "accepts %s",
    (host) => {
      expect(isValidHost(host)).toBe(true);
    },
  );
  it.each(["a b", "", "evil.com/path", "x:99999", "user@host", "-bad.example", "host:port", "a..b", "<script>"])(
    "refuses %j",
    (host) => {
      expect(isValidHost(host)).toBe(false);
    },
  );
});

describe("believedForwarding", () => {
  const headers = {
    "x-forwarded-host": "lens.example.com, evil.example",
    "x-forwarded-proto": "https",
    "x-forwarded-for": "203.0.113.7, 10.0.0.9",
  };

  it("believes nothing from a peer that is not a trusted proxy", () => {
    expect(believedForwarding("198.51.100.1", headers, trustedProxies("10.0.0.2"))).toEqual({});
  });
  it("believes the first host and protocol, and takes the nearest untrusted address as the client", () => {
    expect(believedForwarding("10.0.0.2", headers, trustedProxies("10.0.0.2 10.0.0.9"))).toEqual({
      host: "lens.example.com",
      proto: "https",
      for: "203.0.113.7",
    });
    expect(believedForwarding("10.0.0.2", headers, trustedProxies("10.0.0.2"))?.for).toBe("10.0.0.9");
  });
  it("drops malformed values even from a trusted proxy", () => {
    expect(
      believedForwarding(
        "10.0.0.2",
        { "x-forwarded-host": "a b", "x-forwarded-proto": "gopher", "x-forwarded-for": "<script>" },
        trustedProxies("10.0.0.2"),
      ),
    ).toEqual({});
  });
});

describe("clientAddress", () => {
  it("reads the one believed address", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "::ffff:203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientAddress(new Headers())).toBeNull();
  });
});
