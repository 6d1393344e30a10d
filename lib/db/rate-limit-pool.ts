import "server-only";

import pg from "pg";

import { postgresPoolConfig } from "./postgres-pool";
import { databaseUrl, isPostgresUrl } from "./url";

// Its own small pool: rate-limiter-flexible speaks to pg directly, not through Prisma.
const globalForPool = globalThis as unknown as { rateLimitPool?: pg.Pool | null };

/**
 * The connection pool of the shared rate-limit store (the RateLimit table) when the app runs on
 * PostgreSQL, so every instance counts the same failures; null on SQLite (one instance, counts in memory).
 */
export function rateLimitPool(): pg.Pool | null {
  if (globalForPool.rateLimitPool === undefined) {
    const url = databaseUrl();
    globalForPool.rateLimitPool = isPostgresUrl(url) ? new pg.Pool({ ...postgresPoolConfig(url), max: 3 }) : null;
  }
  return globalForPool.rateLimitPool;
}
