import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { blockSeconds, createFailureThrottle, type FailurePolicy, type FailureThrottle } from "./failure-throttle";

const policy: FailurePolicy = {
  freeFailures: 3,
  windowSeconds: 60,
  firstBlockSeconds: 2,
  maxBlockSeconds: 30,
  memorySeconds: 3600,
};

/** One wrong secret: the attempt is counted first, then found wrong. */
async function wrongOnce(throttle: FailureThrottle, keys: string[]) {
  const attempt = await throttle.begin(keys);
  if (!attempt.allowed) return attempt;
  return throttle.fail(attempt);
}

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
      expect(await wrongOnce(throttle, ["10.0.0.1"])).toEqual({ failures: n, blockedSeconds: 0 });
    }
    expect(await wrongOnce(throttle, ["10.0.0.1"])).toEqual({ failures: 4, blockedSeconds: 2 });
    expect(await throttle.check(["10.0.0.1"])).toEqual({ allowed: false, retryAfterSeconds: 2 });
    expect(await throttle.begin(["10.0.0.1"])).toEqual({ allowed: false, retryAfterSeconds: 2 });
    vi.advanceTimersByTime(2_001);
    expect(await throttle.check(["10.0.0.1"])).toEqual({ allowed: true });
    // After a block, the very next failure blocks again, twice as long.
    expect(await wrongOnce(throttle, ["10.0.0.1"])).toMatchObject({ blockedSeconds: 4 });
    expect(await throttle.check(["10.0.0.1"])).toEqual({ allowed: false, retryAfterSeconds: 4 });
    vi.advanceTimersByTime(4_001);
    expect(await wrongOnce(throttle, ["10.0.0.1"])).toMatchObject({ blockedSeconds: 8 });
  });

  it("does not count a right secret, however many there are", async () => {
    const throttle = createFailureThrottle({ kind: "memory" }, "test-right", policy);
    for (let n = 0; n < 20; n++) {
      const attempt = await throttle.begin(["k"]);
      expect(attempt.allowed).toBe(true);
      if (attempt.allowed) expect(await throttle.succeed(attempt)).toEqual({ allowed: true });
    }
    expect(await wrongOnce(throttle, ["k"])).toEqual({ failures: 1, blockedSeconds: 0 });
  });

  it("makes a concurrent burst of wrong secrets meet the same limit", async () => {
    vi.useRealTimers();
    const throttle = createFailureThrottle({ kind: "memory" }, "test-burst", policy);
    // 100 attempts begin before any of them is found wrong: each still gets its own count.
    const attempts = await Promise.all(Array.from({ length: 100 }, () => throttle.begin(["burst"])));
    expect(new Set(attempts.map((a) => (a.allowed ? a.counts[0] : 0))).size).toBe(100);
    const outcomes = await Promise.all(
      attempts.map(async (attempt) =>
        attempt.allowed && (await throttle.fail(attempt)).blockedSeconds === 0 ? "wrong" : "refused",
      ),
    );
    expect(outcomes.filter((o) => o === "wrong")).toHaveLength(policy.freeFailures);
    // The right secret right after the burst is refused too.
    expect(await throttle.begin(["burst"])).toMatchObject({ allowed: false });
  });

  it("keeps keys apart and answers a check with the longest wait", async () => {
    const throttle = createFailureThrottle({ kind: "memory" }, "test-keys", policy);
    for (let n = 0; n < 4; n++) await wrongOnce(throttle, ["address:a"]);
    expect(await throttle.check(["address:b"])).toEqual({ allowed: true });
    expect(await throttle.check(["address:b", "address:a"])).toEqual({ allowed: false, retryAfterSeconds: 2 });
  });

  it("forgets a key's failures and blocks on reset", async () => {
    const throttle = createFailureThrottle({ kind: "memory" }, "test-reset", policy);
    for (let n = 0; n < 4; n++) await wrongOnce(throttle, ["account:x"]);
    expect((await throttle.check(["account:x"])).allowed).toBe(false);
    await throttle.reset(["account:x"]);
    expect(await throttle.check(["account:x"])).toEqual({ allowed: true });
    expect(await wrongOnce(throttle, ["account:x"])).toEqual({ failures: 1, blockedSeconds: 0 });
  });

  it("starts counting afresh once the window has passed without a block", async () => {
    const throttle = createFailureThrottle({ kind: "memory" }, "test-window", policy);
    for (let n = 0; n < 3; n++) await wrongOnce(throttle, ["k"]);
    vi.advanceTimersByTime(60_001);
    expect(await wrongOnce(throttle, ["k"])).toEqual({ failures: 1, blockedSeconds: 0 });
  });
});

describe("a right secret inside a burst (memory store, real timers)", () => {
  const burstPolicy: FailurePolicy = { ...policy, burstSettleMs: 400 };

  it("is refused when the guesses counted beside it are found wrong after it is checked", async () => {
    const throttle = createFailureThrottle({ kind: "memory" }, "test-burst-guesses", burstPolicy);
    // 30 attempts at once: all counted before any is checked; the 20th carries the right secret.
    const attempts = await Promise.all(Array.from({ length: 30 }, () => throttle.begin(["10.0.0.9"])));
    const right = attempts[19]!;
    expect(right.allowed).toBe(true);
    if (!right.allowed) return;
    // It is checked first (a fast path); the wrong ones are found wrong a moment later.
    const decision = throttle.succeed(right);
    await new Promise((resolve) => setTimeout(resolve, 60));
    for (const [n, attempt] of attempts.entries()) if (n !== 19 && attempt.allowed) await throttle.fail(attempt);
    expect(await decision).toEqual({ allowed: false, retryAfterSeconds: 2 });
  });

  it("is refused when the burst has not settled within the wait", async () => {
    const throttle = createFailureThrottle({ kind: "memory" }, "test-burst-unsettled", burstPolicy);
    const attempts = await Promise.all(Array.from({ length: 10 }, () => throttle.begin(["k"])));
    const last = attempts[9]!;
    if (!last.allowed) throw new Error("counted");
    expect(await throttle.succeed(last)).toEqual({ allowed: false, retryAfterSeconds: 2 });
  });

  it("lets every one of a burst of right secrets in", async () => {
    const throttle = createFailureThrottle({ kind: "memory" }, "test-burst-right", burstPolicy);
    const attempts = await Promise.all(Array.from({ length: 20 }, () => throttle.begin(["ci-runner"])));
    const decisions = await Promise.all(
      attempts.map((attempt) => (attempt.allowed ? throttle.succeed(attempt) : Promise.resolve(attempt))),
    );
    expect(decisions).toEqual(Array.from({ length: 20 }, () => ({ allowed: true })));
  });

  it("lets a patient client's right secret in after its free failures and a served block", async () => {
    const throttle = createFailureThrottle({ kind: "memory" }, "test-burst-patient", {
      ...burstPolicy,
      firstBlockSeconds: 1,
    });
    for (let n = 0; n < 4; n++) await wrongOnce(throttle, ["k"]);
    await new Promise((resolve) => setTimeout(resolve, 1_050));
    const attempt = await throttle.begin(["k"]);
    if (!attempt.allowed) throw new Error("the block has run out");
    expect(attempt.counts).toEqual([5]);
    expect(await throttle.succeed(attempt)).toEqual({ allowed: true });
  });
});
