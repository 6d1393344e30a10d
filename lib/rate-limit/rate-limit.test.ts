import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { createRateLimit, limiterKey, retryAfterSeconds } from "./rate-limit";

describe("createRateLimit (memory store)", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("allows `points` per window per key, then says how long to wait", async () => {
    const limit = createRateLimit({ kind: "memory" }, "test-saves", { points: 2, durationSeconds: 10 });
    expect(await limit.consume("a")).toEqual({ allowed: true });
    expect(await limit.consume("a")).toEqual({ allowed: true });
    expect(await limit.consume("a")).toEqual({ allowed: false, retryAfterSeconds: 10 });
    expect(await limit.consume("b")).toEqual({ allowed: true });
    vi.advanceTimersByTime(10_001);
    expect(await limit.consume("a")).toEqual({ allowed: true });
  });
});

describe("helpers", () => {
  it("rounds waits up to whole seconds, at least one", () => {
    expect([0, 1, 999, 1000, 1001].map(retryAfterSeconds)).toEqual([1, 1, 1, 1, 2]);
  });

  it("keeps keys to one bounded line", () => {
    expect(limiterKey("a b\nc\u0000d")).toBe("a_b_c_d");
    expect(limiterKey("x".repeat(500))).toHaveLength(200);
  });
});
