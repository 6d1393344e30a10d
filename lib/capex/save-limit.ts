import "server-only";

import { createRateLimit, type RateLimit, type RateLimitDecision } from "@/lib/rate-limit";
import { defaultLimiterStore } from "@/lib/rate-limit/default-store";

/**
 * How many scenarios one client address may save: a burst of 10 a minute (a person naming and
 * re-saving a few variants) and 100 a day, so one client adds at most ~60 kB of rows a day instead of
 * the ~1.2 M rows a day an unthrottled script managed. Counted per instance on SQLite, shared through
 * PostgreSQL on several instances (lib/rate-limit).
 */
const LIMITS = [
  { name: "scenario-save-minute", points: 10, durationSeconds: 60 },
  { name: "scenario-save-day", points: 100, durationSeconds: 24 * 60 * 60 },
] as const;

let limits: RateLimit[] | null = null;

/** Counts one save for `address` against every window; the first window that is full decides. */
export async function admitScenarioSave(address: string): Promise<RateLimitDecision> {
  limits ??= LIMITS.map(({ name, ...limit }) => createRateLimit(defaultLimiterStore(), name, limit));
  for (const limit of limits) {
    const decision = await limit.consume(address);
    if (!decision.allowed) return decision;
  }
  return { allowed: true };
}
