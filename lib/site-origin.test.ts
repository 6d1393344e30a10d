import { describe, expect, it } from "vitest";
import { requestOrigin } from "./site-origin";

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
