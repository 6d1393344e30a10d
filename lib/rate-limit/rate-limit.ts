import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

import { createLimiter, type LimiterStore } from "./store";

/** Whether an action may go ahead now; when not, how long the client should wait (Retry-After). */
export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export const ALLOWED: RateLimitDecision = { allowed: true };

/** Seconds to wait, rounded up, at least 1 (a Retry-After of 0 invites an immediate retry). */
export function retryAfterSeconds(msBeforeNext: number): number {
  return Math.max(1, Math.ceil(msBeforeNext / 1000));
}

/** Keys go into a database column and log lines: bounded, one line. */
export function limiterKey(key: string): string {
  return key.replace(/[\s\u0000-\u001f]/g, "_").slice(0, 200);
}

/** `points` actions per `durationSeconds` per key (a fixed window), e.g. saves per client address. */
export type RateLimit = { consume(key: string, cost?: number): Promise<RateLimitDecision> };

export function createRateLimit(
  store: LimiterStore,
  name: string,
  limit: { points: number; durationSeconds: number },
): RateLimit {
  const limiter: RateLimiterAbstract = createLimiter(store, { keyPrefix: `${name}:rate`, ...limit });
  return {
    async consume(key, cost = 1) {
      try {
        await limiter.consume(limiterKey(key), cost);
        return ALLOWED;
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes)
          return { allowed: false, retryAfterSeconds: retryAfterSeconds(rejection.msBeforeNext) };
        throw rejection;
      }
    },
  };
}
