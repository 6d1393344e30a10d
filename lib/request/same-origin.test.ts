import { describe, expect, it } from "vitest";

import { isSameOrigin } from "./same-origin";

describe("isSameOrigin", () => {
  it("accepts a post whose Origin names the requested host", () => {
    expect(isSameOrigin("http://localhost:3204", "localhost:3204")).toBe(true);
    expect(isSameOrigin("https://Lens.example.com", "lens.example.com")).toBe(true);
  });

  it("refuses other sites, other ports, and a missing or garbled Origin", () => {
    expect(isSameOrigin("https://evil.example", "lens.example.com")).toBe(false);
    expect(isSameOrigin("http://localhost:3000", "localhost:3204")).toBe(false);
    expect(isSameOrigin(null, "localhost:3204")).toBe(false);
    expect(isSameOrigin("null", "localhost:3204")).toBe(false);
    expect(isSameOrigin("http://localhost:3204", null)).toBe(false);
  });
});
