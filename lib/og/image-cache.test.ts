import { describe, expect, it } from "vitest";

import { ImageCache } from "./image-cache";

const bytes = (n: number, fill = 1) => Buffer.alloc(n, fill);

describe("ImageCache", () => {
  it("returns what was stored under the same key", () => {
    const cache = new ImageCache(100, 1_000);
    cache.set("a", bytes(10, 7));
    expect(cache.get("a")?.[0]).toBe(7);
    expect(cache.get("b")).toBeUndefined();
  });

  it("evicts the least recently used entries past its byte budget", () => {
    const cache = new ImageCache(30, 1_000);
    cache.set("a", bytes(10));
    cache.set("b", bytes(10));
    cache.set("c", bytes(10));
    cache.get("a"); // a is now the most recent
    cache.set("d", bytes(10));
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    expect(cache.get("c")).toBeDefined();
    expect(cache.get("d")).toBeDefined();
    expect(cache.stats).toEqual({ entries: 3, bytes: 30 });
  });

  it("replaces an entry without counting it twice, and never keeps one larger than the budget", () => {
    const cache = new ImageCache(30, 1_000);
    cache.set("a", bytes(10));
    cache.set("a", bytes(20));
    expect(cache.stats).toEqual({ entries: 1, bytes: 20 });
    cache.set("huge", bytes(31));
    expect(cache.get("huge")).toBeUndefined();
    expect(cache.stats.bytes).toBe(20);
  });

  it("drops entries older than its maximum age", () => {
    let now = 0;
    const cache = new ImageCache(100, 300, () => now);
    cache.set("a", bytes(10));
    now = 299;
    expect(cache.get("a")).toBeDefined();
    now = 300;
    expect(cache.get("a")).toBeUndefined();
    expect(cache.stats).toEqual({ entries: 0, bytes: 0 });
  });
});
