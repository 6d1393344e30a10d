import { RateLimiterRes } from "rate-limiter-flexible";

import { ALLOWED, limiterKey, retryAfterSeconds, type RateLimitDecision } from "./rate-limit";
import { createLimiter, type LimiterStore } from "./store";

/**
 * How failures (wrong tokens, failed sign-ins) are tolerated for one kind of key (a client address,
 * an account): `freeFailures` within `windowSeconds` cost nothing; the next one blocks the key for
 * `firstBlockSeconds`, and every failure after a block, for `memorySeconds`, blocks it twice as long
 * as the last time, up to `maxBlockSeconds`.
 */
export type FailurePolicy = {
  freeFailures: number;
  windowSeconds: number;
  firstBlockSeconds: number;
  maxBlockSeconds: number;
  memorySeconds: number;
};

/** What counting a failure did: the failures in the window so far, and the block it started (0 = none). */
export type FailureOutcome = { failures: number; blockedSeconds: number };

export type FailureThrottle = {
  /** Whether every key may try now; a blocked key answers with the longest wait. Checked before verifying anything. */
  check(keys: string[]): Promise<RateLimitDecision>;
  /** Counts one failure against each key; the outcome of the key that got the longest block. */
  fail(keys: string[]): Promise<FailureOutcome>;
  /** Forgets the keys' failures and blocks (e.g. an account's, after it signed in). */
  reset(keys: string[]): Promise<void>;
};

/** The block after the `strike`-th (1, 2, …): doubling from the first, capped. */
export function blockSeconds(policy: FailurePolicy, strike: number): number {
  return Math.min(policy.firstBlockSeconds * 2 ** Math.max(0, strike - 1), policy.maxBlockSeconds);
}

export function createFailureThrottle(store: LimiterStore, name: string, policy: FailurePolicy): FailureThrottle {
  // Three counters per key: failures in the current window, blocks so far (the strikes that make the
  // next block longer), and the block itself (a key set for its duration).
  const failures = createLimiter(store, {
    keyPrefix: `${name}:fail`,
    points: policy.freeFailures,
    durationSeconds: policy.windowSeconds,
  });
  const strikes = createLimiter(store, {
    keyPrefix: `${name}:strike`,
    points: 1_000_000,
    durationSeconds: policy.memorySeconds,
  });
  const blocks = createLimiter(store, {
    keyPrefix: `${name}:block`,
    points: 1,
    durationSeconds: policy.maxBlockSeconds,
  });

  const consumed = async (work: Promise<RateLimiterRes>): Promise<number> => {
    try {
      return (await work).consumedPoints;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return rejection.consumedPoints;
      throw rejection;
    }
  };

  async function failOne(key: string): Promise<FailureOutcome> {
    const struck = (await strikes.get(key))?.consumedPoints ?? 0;
    let count = 1;
    if (struck === 0) {
      count = await consumed(failures.consume(key));
      if (count <= policy.freeFailures) return { failures: count, blockedSeconds: 0 };
    }
    const strike = await consumed(strikes.consume(key));
    const seconds = blockSeconds(policy, strike);
    await blocks.block(key, seconds);
    await failures.delete(key);
    return { failures: count, blockedSeconds: seconds };
  }

  return {
    async check(keys) {
      let waitMs = 0;
      for (const key of keys.map(limiterKey)) {
        const block = await blocks.get(key);
        if (block && block.consumedPoints > blocks.points) waitMs = Math.max(waitMs, block.msBeforeNext);
      }
      return waitMs > 0 ? { allowed: false, retryAfterSeconds: retryAfterSeconds(waitMs) } : ALLOWED;
    },
    async fail(keys) {
      let worst: FailureOutcome = { failures: 0, blockedSeconds: 0 };
      for (const key of keys.map(limiterKey)) {
        const outcome = await failOne(key);
        if (
          outcome.blockedSeconds > worst.blockedSeconds ||
          (worst.blockedSeconds === 0 && outcome.failures > worst.failures)
        )
          worst = outcome;
      }
      return worst;
    },
    async reset(keys) {
      for (const key of keys.map(limiterKey))
        await Promise.all([failures.delete(key), strikes.delete(key), blocks.delete(key)]);
    },
  };
}
