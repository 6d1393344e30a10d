import type pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from "rate-limiter-flexible";

/** Where counters live: this process's memory, or PostgreSQL's RateLimit table (shared by every instance). */
export type LimiterStore = { kind: "memory" } | { kind: "postgres"; pool: pg.Pool };

export type LimiterOptions = { keyPrefix: string; points: number; durationSeconds: number };

/** The table the PostgreSQL store uses; a Prisma migration creates it (model RateLimit). */
export const RATE_LIMIT_TABLE = "RateLimit";

/**
 * A rate-limiter-flexible limiter on the given store. On PostgreSQL the table already exists
 * (tableCreated: nothing is created at run time), and a memory limiter stands in while the
 * database cannot be reached, so a failing store neither blocks everyone nor lets everyone through.
 */
export function createLimiter(
  store: LimiterStore,
  { keyPrefix, points, durationSeconds }: LimiterOptions,
): RateLimiterAbstract {
  const options = { keyPrefix, points, duration: durationSeconds };
  if (store.kind === "memory") return new RateLimiterMemory(options);
  return new RateLimiterPostgres({
    ...options,
    storeClient: store.pool,
    storeType: "pool",
    tableName: RATE_LIMIT_TABLE,
    tableCreated: true,
    insuranceLimiter: new RateLimiterMemory(options),
  });
}
