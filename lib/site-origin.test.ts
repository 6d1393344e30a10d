import { describe, expect, it } from "vitest";

import { configuredOrigin } from "./site-origin";

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
