/**
 * API tokens expire: the editor chooses when at creation, from these lifetimes, never beyond the
 * longest. Tokens made before expiries existed got the longest from the upgrade (the migration).
 */
export const API_TOKEN_LIFETIMES_DAYS = [7, 30, 90, 365] as const;
export const API_TOKEN_MAX_DAYS = 365;
export const API_TOKEN_DEFAULT_DAYS = 90;

/** The expiry for a lifetime posted by the admin form, or null when it is not one on offer. */
export function apiTokenExpiry(days: unknown, now = new Date()): Date | null {
  const value = typeof days === "string" && /^\d{1,3}$/.test(days) ? Number(days) : days;
  if (typeof value !== "number" || !(API_TOKEN_LIFETIMES_DAYS as readonly number[]).includes(value)) return null;
  return new Date(now.getTime() + Math.min(value, API_TOKEN_MAX_DAYS) * 86_400_000);
}

/** Whether a token is past its expiry (a token without one, only ever a hand-made row, counts as expired). */
export function isExpired(expiresAt: Date | null, now = new Date()): boolean {
  return expiresAt === null || expiresAt.getTime() <= now.getTime();
}
