import "server-only";

import {
  createFailureThrottle,
  type Attempt,
  type FailurePolicy,
  type FailureThrottle,
  type RateLimitDecision,
} from "../rate-limit";
import { defaultLimiterStore } from "../rate-limit/default-store";
import { ALLOWED } from "../rate-limit/rate-limit";

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

/** Whether this address (and account) may try now, counting nothing (e.g. before leaving for the provider). */
export async function checkAttempt(channel: AuthChannel, source: AttemptSource): Promise<RateLimitDecision> {
  const { address, account } = throttles(channel);
  const [byAddress, byAccount] = await Promise.all([
    address.check([source.address]),
    source.account ? account.check([source.account]) : Promise.resolve(ALLOWED),
  ]);
  return refusedOrAllowed(channel, source, [byAddress, byAccount]);
}

/** A secret check under way: counted (atomically) before it runs, so a burst meets the same limit. */
export type AuthAttempt = { channel: AuthChannel; source: AttemptSource; address: Attempt; account: Attempt | null };

/**
 * Before checking a secret: refused while the address (or account) is blocked; otherwise the
 * attempt is counted as a failure until recordSuccess takes it back. Logs a refused attempt.
 */
export async function beginAttempt(
  channel: AuthChannel,
  source: AttemptSource,
): Promise<{ allowed: true; attempt: AuthAttempt } | { allowed: false; retryAfterSeconds: number }> {
  const throttle = throttles(channel);
  const [byAddress, byAccount] = await Promise.all([
    throttle.address.begin([source.address]),
    source.account ? throttle.account.begin([source.account]) : Promise.resolve(null),
  ]);
  if (byAddress.allowed && (byAccount === null || byAccount.allowed))
    return { allowed: true, attempt: { channel, source, address: byAddress, account: byAccount } };
  // One key was blocked: the other's count is taken back, this attempt checks nothing.
  await Promise.all([
    byAddress.allowed ? throttle.address.succeed(byAddress) : null,
    byAccount?.allowed ? throttle.account.succeed(byAccount) : null,
  ]);
  const refused = refusedOrAllowed(channel, source, [byAddress, byAccount ?? ALLOWED]);
  return refused.allowed ? { allowed: false, retryAfterSeconds: 1 } : refused;
}

function refusedOrAllowed(
  channel: AuthChannel,
  source: AttemptSource,
  decisions: { allowed: boolean; retryAfterSeconds?: number }[],
): RateLimitDecision {
  const wait = Math.max(0, ...decisions.map((d) => (d.allowed ? 0 : (d.retryAfterSeconds ?? 0))));
  if (wait === 0) return ALLOWED;
  console.warn(
    `auth throttled: channel=${channel} address=${oneLine(source.address)} account=${oneLine(source.account ?? "-")} retry-after=${wait}s`,
  );
  return { allowed: false, retryAfterSeconds: wait };
}

/**
 * The secret was wrong: the failure stands (one log line, no secrets); says whether the client
 * must now wait. The failure that starts a block is answered like the attempts during it.
 */
export async function recordFailure(attempt: AuthAttempt, reason: string): Promise<RateLimitDecision> {
  const { address, account } = throttles(attempt.channel);
  const [byAddress, byAccount] = await Promise.all([
    address.fail(attempt.address),
    attempt.account ? account.fail(attempt.account) : Promise.resolve({ failures: 0, blockedSeconds: 0 }),
  ]);
  const blocked = Math.max(byAddress.blockedSeconds, byAccount.blockedSeconds);
  const { source } = attempt;
  console.warn(
    `auth failure: channel=${attempt.channel} reason=${oneLine(reason)} address=${oneLine(source.address)} account=${oneLine(source.account ?? "-")} failures=${byAddress.failures} blocked=${blocked}s`,
  );
  return blocked > 0 ? { allowed: false, retryAfterSeconds: blocked } : ALLOWED;
}

/**
 * The secret was right: the attempt is taken back and the account's failures forgotten (an
 * address's are not: others may share it). Refused after all if a burst it came in has blocked the address meanwhile.
 */
export async function recordSuccess(attempt: AuthAttempt, account?: string): Promise<RateLimitDecision> {
  const throttle = throttles(attempt.channel);
  const decision = await throttle.address.succeed(attempt.address);
  if (!decision.allowed) return refusedOrAllowed(attempt.channel, attempt.source, [decision]);
  const named = account ?? attempt.source.account;
  if (named) await throttle.account.reset([named]);
  return ALLOWED;
}
