import { describe, expect, it } from "vitest";
import { configuredOrigin, requestOrigin } from "./site-origin";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("requestOrigin", () => {
  it("uses the proxy's forwarded host and protocol", () => {
    expect(requestOrigin(headers({ host: "10.0.0.5:3000", "x-forwarded-host": "lens.example.com", "x-forwarded-proto": "https" }))).toBe("https://lens.example.com");
  });
  it("takes the first of a forwarded list", () => {
    expect(requestOrigin(headers({ "x-forwarded-host": "a.example, b.example", "x-forwarded-proto": "https, http" }))).toBe("https://a.example");
  });
  it("is plain http without a proxy, as next start serves it", () => {
    expect(requestOrigin(headers({ host: "localhost:3207" }))).toBe("http://localhost:3207");
    expect(requestOrigin(headers({ host: "lens.internal:3000" }))).toBe("http://lens.internal:3000");
  });
});

describe("configuredOrigin", () => {
  it("uses PUBLIC_ORIGIN when it is an origin", () => {
    expect(configuredOrigin({ PUBLIC_ORIGIN: "https://lens.example.com", PORT: "4000" })).toBe("https://lens.example.com");
  });
  it("falls back to the port npm start serves on, ignoring a malformed PUBLIC_ORIGIN", () => {
    expect(configuredOrigin({ PUBLIC_ORIGIN: "javascript:alert(1)//", PORT: "4000" })).toBe("http://localhost:4000");
    expect(configuredOrigin({ PUBLIC_ORIGIN: "https://lens.example.com/path" })).toBe("http://localhost:3000");
    expect(configuredOrigin({ PORT: "abc" })).toBe("http://localhost:3000");
  });
});
