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
  /** How long a right secret counted past the free failures waits for its burst to settle (default 2 s). */
  burstSettleMs?: number;
};

/** What counting a failure did: the failures in the window so far, and the block it started (0 = none). */
export type FailureOutcome = { failures: number; blockedSeconds: number };

/**
 * A secret check under way, counted before it runs (`begin`): each key's attempt number in the
 * window. Counting is one atomic increment in the store (an upsert on PostgreSQL), so concurrent
 * attempts get distinct numbers: a burst of wrong guesses meets the same limit as a patient client.
 */
export type Attempt = { keys: string[]; counts: number[] };
export type AttemptDecision = ({ allowed: true } & Attempt) | { allowed: false; retryAfterSeconds: number };

export type FailureThrottle = {
  /** Whether every key may try now; a blocked key answers with the longest wait. Counts nothing. */
  check(keys: string[]): Promise<RateLimitDecision>;
  /** Before the secret is checked: refused while a key is blocked, else counted as a failure until `succeed` says otherwise. */
  begin(keys: string[]): Promise<AttemptDecision>;
  /** The secret was wrong: blocks a key this attempt took past its free failures (or any failure after a block). */
  fail(attempt: Attempt): Promise<FailureOutcome>;
  /**
   * The secret was right: the attempt is taken back. One counted past the free failures may sit in a
   * burst of guesses still being checked: it waits (up to `burstSettleMs`) until the attempts counted
   * beside it are taken back (a burst of right secrets) or start a block (a burst of guesses, then
   * refused); still unsettled, refused. A burst's right guess gets in no more than a patient guesser's.
   */
  succeed(attempt: Attempt): Promise<RateLimitDecision>;
  /** Forgets the keys' failures and blocks (e.g. an account's, after it signed in). */
  reset(keys: string[]): Promise<void>;
};

/** The block after the `strike`-th (1, 2, …): doubling from the first, capped. */
export function blockSeconds(policy: FailurePolicy, strike: number): number {
  return Math.min(policy.firstBlockSeconds * 2 ** Math.max(0, strike - 1), policy.maxBlockSeconds);
}

const SETTLE_POLL_MS = 50;

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

  async function blockedMs(key: string): Promise<number> {
    const block = await blocks.get(key);
    return block && block.consumedPoints > blocks.points ? block.msBeforeNext : 0;
  }
  async function longestWait(keys: string[]): Promise<RateLimitDecision> {
    const waitMs = Math.max(0, ...(await Promise.all(keys.map(blockedMs))));
    return waitMs > 0 ? { allowed: false, retryAfterSeconds: retryAfterSeconds(waitMs) } : ALLOWED;
  }

  // The failure was counted when its attempt began (`count`, atomically). Within the free ones and
  // with no block before, nothing happens; past them, the first to find no block running starts the
  // next, longer one, and the others of a burst are answered with the block under way.
  async function failOne(key: string, count: number): Promise<FailureOutcome> {
    const struck = (await strikes.get(key))?.consumedPoints ?? 0;
    if (count <= policy.freeFailures && struck === 0) return { failures: count, blockedSeconds: 0 };
    const running = await blockedMs(key);
    if (running > 0) return { failures: count, blockedSeconds: retryAfterSeconds(running) };
    const seconds = blockSeconds(policy, await consumed(strikes.consume(key)));
    await blocks.block(key, seconds);
    return { failures: count, blockedSeconds: seconds };
  }

  // A patient client reaches failure n past the free ones only after n − 1 blocks (strikes); more
  // attempts counted than that, and not taken back, are a burst still being checked.
  async function withinSchedule(key: string): Promise<boolean> {
    const [counted, struck] = await Promise.all([failures.get(key), strikes.get(key)]);
    return (counted?.consumedPoints ?? 0) <= policy.freeFailures + (struck?.consumedPoints ?? 0);
  }

  return {
    check: (keys) => longestWait(keys.map(limiterKey)),
    async begin(rawKeys) {
      const keys = rawKeys.map(limiterKey);
      const wait = await longestWait(keys);
      if (!wait.allowed) return wait;
      const counts = await Promise.all(keys.map((key) => consumed(failures.consume(key))));
      return { allowed: true, keys, counts };
    },
    async fail(attempt) {
      let worst: FailureOutcome = { failures: 0, blockedSeconds: 0 };
      for (const [n, key] of attempt.keys.entries()) {
        const outcome = await failOne(key, attempt.counts[n]!);
        if (
          outcome.blockedSeconds > worst.blockedSeconds ||
          (worst.blockedSeconds === 0 && outcome.failures > worst.failures)
        )
          worst = outcome;
      }
      return worst;
    },
    async succeed(attempt) {
      await Promise.all(attempt.keys.map((key) => failures.reward(key)));
      // Only an attempt counted past the free failures can have a burst behind it.
      const suspect = attempt.keys.filter((_key, n) => attempt.counts[n]! > policy.freeFailures);
      if (suspect.length === 0) return ALLOWED;
      const deadline = Date.now() + (policy.burstSettleMs ?? 2_000);
      for (;;) {
        const wait = await longestWait(attempt.keys);
        if (!wait.allowed) return wait;
        if ((await Promise.all(suspect.map(withinSchedule))).every(Boolean)) return ALLOWED;
        if (Date.now() >= deadline) return { allowed: false, retryAfterSeconds: policy.firstBlockSeconds };
        await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
      }
    },
    async reset(keys) {
      for (const key of keys.map(limiterKey))
        await Promise.all([failures.delete(key), strikes.delete(key), blocks.delete(key)]);
    },
  };
}
