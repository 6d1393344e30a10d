import "server-only";

import { rateLimitPool } from "../db/rate-limit-pool";
import type { LimiterStore } from "./store";

/** The store for this deployment: PostgreSQL when the app runs on it (shared by instances), else memory. */
export function defaultLimiterStore(): LimiterStore {
  const pool = rateLimitPool();
  return pool ? { kind: "postgres", pool } : { kind: "memory" };
}
