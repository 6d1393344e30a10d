import "server-only";

import pg from "pg";

import { prisma } from "./client";
import { postgresPoolConfig } from "./postgres-pool";
import { databaseUrl, isPostgresUrl } from "./url";

/**
 * Instances that share one PostgreSQL database tell each other, on this LISTEN/NOTIFY channel,
 * that the views they serve from Next's cache are stale. SQLite has one instance: nothing to tell.
 */
const CHANNEL = "capex_lens_cached_views";
const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

export function sharesDatabaseWithOtherInstances(): boolean {
  return isPostgresUrl(databaseUrl());
}

/** Tells every instance listening (this one included) that data changed; `from` names the sender. */
export async function announceDataChanged(from: string): Promise<void> {
  if (!sharesDatabaseWithOtherInstances()) return;
  await prisma.$executeRaw`SELECT pg_notify(${CHANNEL}, ${from})`;
}

/**
 * Calls `onChange(sender)` for every announcement, on a connection of its own that reconnects with
 * backoff. After a reconnect it calls `onChange(null)`: announcements sent meanwhile were lost.
 */
export function listenForDataChanges(onChange: (from: string | null) => void): void {
  let attempt = 0;
  const retry = () => setTimeout(connect, RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]).unref();
  async function connect() {
    const client = new pg.Client(postgresPoolConfig(databaseUrl()));
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      console.error(`change feed: ${error instanceof Error ? error.message : String(error)}; reconnecting`);
      client.end().catch(() => {});
      retry();
    };
    client.on("error", fail);
    client.on("end", () => fail(new Error("connection ended")));
    client.on("notification", (message) => {
      if (message.channel === CHANNEL) onChange(message.payload ?? null);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      if (attempt > 0) onChange(null);
      attempt = 0;
    } catch (error) {
      fail(error);
    }
  }
  void connect();
}
