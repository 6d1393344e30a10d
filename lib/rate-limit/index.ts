/**
 * Rate limits and failure throttling on rate-limiter-flexible: in memory on SQLite (one instance), in
 * PostgreSQL's RateLimit table when the app runs there, so every instance counts the same.
 *
 *   const saves = createRateLimit(defaultLimiterStore(), "scenario-save", { points: 10, durationSeconds: 60 });
 *   const decision = await saves.consume(clientAddress(headers));
 *   if (!decision.allowed) → 429 with Retry-After: decision.retryAfterSeconds
 */
export { createRateLimit, retryAfterSeconds, type RateLimit, type RateLimitDecision } from "./rate-limit";
export {
  blockSeconds,
  createFailureThrottle,
  type Attempt,
  type AttemptDecision,
  type FailureOutcome,
  type FailurePolicy,
  type FailureThrottle,
} from "./failure-throttle";
export { createLimiter, type LimiterStore } from "./store";
