import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { blockSeconds, createFailureThrottle, type FailurePolicy } from "./failure-throttle";

const policy: FailurePolicy = {
  freeFailures: 3,
  windowSeconds: 60,
  firstBlockSeconds: 2,
  maxBlockSeconds: 30,
  memorySeconds: 3600,
};

describe("blockSeconds", () => {
  it("doubles from the first block and stops at the cap", () => {
    expect([1, 2, 3, 4, 5, 6].map((strike) => blockSeconds(policy, strike))).toEqual([2, 4, 8, 16, 30, 30]);
  });
});

describe("createFailureThrottle (memory store)", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("lets the free failures pass, then blocks with growing delays", async () => {
    const throttle = createFailureThrottle({ kind: "memory" }, "test-grow", policy);
    for (let n = 1; n <= 3; n++) {
      expect(await throttle.check(["10.0.0.1"])).toEqual({ allowed: true });
      expect(await throttle.fail(["10.0.0.1"])).toEqual({ failures: n, blockedSeconds: 0 });
    }
    expect(await throttle.fail(["10.0.0.1"])).toEqual({ failures: 4, blockedSeconds: 2 });
    expect(await throttle.check(["10.0.0.1"])).toEqual({ allowed: false, retryAfterSeconds: 2 });

    vi.advanceTimersByTime(2_001);
    expect(await throttle.check(["10.0.0.1"])).toEqual({ allowed: true });
    // After a block, the very next failure blocks again, twice as long.
    expect((await throttle.fail(["10.0.0.1"])).blockedSeconds).toBe(4);
    expect(await throttle.check(["10.0.0.1"])).toEqual({ allowed: false, retryAfterSeconds: 4 });
    vi.advanceTimersByTime(4_001);
    expect((await throttle.fail(["10.0.0.1"])).blockedSeconds).toBe(8);
  });

  it("keeps keys apart and answers a check with the longest wait", async () => {
    const throttle = createFailureThrottle({ kind: "memory" }, "test-keys", policy);
    for (let n = 0; n < 4; n++) await throttle.fail(["address:a"]);
    expect(await throttle.check(["address:b"])).toEqual({ allowed: true });
    expect(await throttle.check(["address:b", "address:a"])).toEqual({ allowed: false, retryAfterSeconds: 2 });
  });

  it("forgets a key's failures and blocks on reset", async () => {
    const throttle = createFailureThrottle({ kind: "memory" }, "test-reset", policy);
    for (let n = 0; n < 4; n++) await throttle.fail(["account:x"]);
    expect((await throttle.check(["account:x"])).allowed).toBe(false);
    await throttle.reset(["account:x"]);
    expect(await throttle.check(["account:x"])).toEqual({ allowed: true });
    expect(await throttle.fail(["account:x"])).toEqual({ failures: 1, blockedSeconds: 0 });
  });

  it("starts counting afresh once the window has passed without a block", async () => {
    const throttle = createFailureThrottle({ kind: "memory" }, "test-window", policy);
    for (let n = 0; n < 3; n++) await throttle.fail(["k"]);
    vi.advanceTimersByTime(60_001);
    expect(await throttle.fail(["k"])).toEqual({ failures: 1, blockedSeconds: 0 });
  });
});
