import { describe, expect, it } from "vitest";

import { configuredOrigin, publicOriginProblem } from "./site-origin";

describe("configuredOrigin", () => {
  it("uses PUBLIC_ORIGIN when it is an origin", () => {
    expect(configuredOrigin({ PUBLIC_ORIGIN: "https://lens.example.com", PORT: "4000" })).toBe(
      "https://lens.example.com",
    );
  });
  it("falls back to the port npm start serves on, ignoring a malformed PUBLIC_ORIGIN", () => {
    expect(configuredOrigin({ PUBLIC_ORIGIN: "javascript:alert(1)//", PORT: "4000" })).toBe("http://localhost:4000");
    expect(configuredOrigin({ PUBLIC_ORIGIN: "https://lens.example.com/path" })).toBe("http://localhost:3000");
    expect(configuredOrigin({ PUBLIC_ORIGIN: "https://a b" })).toBe("http://localhost:3000");
    expect(configuredOrigin({ PORT: "abc" })).toBe("http://localhost:3000");
  });
});

describe("publicOriginProblem", () => {
  it("requires PUBLIC_ORIGIN of a production server, loopback included when said so", () => {
    expect(publicOriginProblem({ NODE_ENV: "production" })).toMatch(/PUBLIC_ORIGIN is not set/);
    expect(publicOriginProblem({ NODE_ENV: "production", PUBLIC_ORIGIN: "http://localhost:3000" })).toBeNull();
    expect(publicOriginProblem({ NODE_ENV: "production", PUBLIC_ORIGIN: "https://lens.example.com" })).toBeNull();
  });
  it("lets a development server fall back to its port", () => {
    expect(publicOriginProblem({ NODE_ENV: "development" })).toBeNull();
  });
  it("refuses a PUBLIC_ORIGIN that is not an origin, everywhere", () => {
    expect(publicOriginProblem({ NODE_ENV: "development", PUBLIC_ORIGIN: "https://lens.example.com/app" })).toMatch(
      /is not an origin/,
    );
    expect(publicOriginProblem({ PUBLIC_ORIGIN: "javascript:alert(1)//" })).toMatch(/is not an origin/);
  });
});
