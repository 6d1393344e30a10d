import "server-only";

import { createFailureThrottle, type FailurePolicy, type FailureThrottle, type RateLimitDecision } from "../rate-limit";
import { defaultLimiterStore } from "../rate-limit/default-store";

/**
 * Failed sign-ins and failed Bearer tokens, throttled per client address and, where the attempt
 * names one, per account (an API token's public id, a provider subject), on every instance (the
 * store is PostgreSQL's when the app runs there). Ten failures from an address in 15 minutes, or
 * five against one account, are free; then 2 s, 4 s, 8 s … up to 15 minutes between attempts.
 * A blocked address or account gets 429 even with the right secret, so guessing cannot go on.
 */
export type AuthChannel = "bearer" | "sign-in";

const ADDRESS_POLICY: FailurePolicy = {
  freeFailures: 10,
  windowSeconds: 15 * 60,
  firstBlockSeconds: 2,
  maxBlockSeconds: 15 * 60,
  memorySeconds: 24 * 3600,
};
const ACCOUNT_POLICY: FailurePolicy = { ...ADDRESS_POLICY, freeFailures: 5 };

type ChannelThrottles = { address: FailureThrottle; account: FailureThrottle };
const globalForThrottles = globalThis as unknown as { authThrottles?: Map<AuthChannel, ChannelThrottles> };

function throttles(channel: AuthChannel): ChannelThrottles {
  const all = (globalForThrottles.authThrottles ??= new Map());
  let found = all.get(channel);
  if (!found) {
    const store = defaultLimiterStore();
    found = {
      address: createFailureThrottle(store, `auth-${channel}-address`, ADDRESS_POLICY),
      account: createFailureThrottle(store, `auth-${channel}-account`, ACCOUNT_POLICY),
    };
    all.set(channel, found);
  }
  return found;
}

export type AttemptSource = { address: string; account?: string | null };

const oneLine = (value: string) => value.replace(/[\s\u0000-\u001f]+/g, "_").slice(0, 120);

/** Before checking a secret: may this address (and account) try now? Logs a refused attempt. */
export async function checkAttempt(channel: AuthChannel, source: AttemptSource): Promise<RateLimitDecision> {
  const { address, account } = throttles(channel);
  const [byAddress, byAccount] = await Promise.all([
    address.check([source.address]),
    source.account ? account.check([source.account]) : Promise.resolve({ allowed: true as const }),
  ]);
  const wait = Math.max(
    byAddress.allowed ? 0 : byAddress.retryAfterSeconds,
    byAccount.allowed ? 0 : byAccount.retryAfterSeconds,
  );
  if (wait === 0) return { allowed: true };
  console.warn(
    `auth throttled: channel=${channel} address=${oneLine(source.address)} account=${oneLine(source.account ?? "-")} retry-after=${wait}s`,
  );
  return { allowed: false, retryAfterSeconds: wait };
}

/**
 * Counts a failed attempt (one log line, no secrets) and says whether the client must now wait:
 * the failure that starts a block is answered like the attempts during it.
 */
export async function recordFailure(
  channel: AuthChannel,
  source: AttemptSource,
  reason: string,
): Promise<RateLimitDecision> {
  const { address, account } = throttles(channel);
  const [byAddress, byAccount] = await Promise.all([
    address.fail([source.address]),
    source.account ? account.fail([source.account]) : Promise.resolve({ failures: 0, blockedSeconds: 0 }),
  ]);
  const blocked = Math.max(byAddress.blockedSeconds, byAccount.blockedSeconds);
  console.warn(
    `auth failure: channel=${channel} reason=${oneLine(reason)} address=${oneLine(source.address)} account=${oneLine(source.account ?? "-")} failures=${byAddress.failures} blocked=${blocked}s`,
  );
  return blocked > 0 ? { allowed: false, retryAfterSeconds: blocked } : { allowed: true };
}

/** After a success: the account's failures are forgotten (an address's are not: others may share it). */
export async function recordSuccess(channel: AuthChannel, source: AttemptSource): Promise<void> {
  if (source.account) await throttles(channel).account.reset([source.account]);
}
