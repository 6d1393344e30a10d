import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { postgresPoolConfig } from "../db/postgres-pool";
import { createTempDatabase } from "../testing/temp-database";
import { createFailureThrottle, type FailureThrottle } from "./failure-throttle";
import { createRateLimit } from "./rate-limit";

/** One wrong secret: the attempt is counted first, then found wrong. */
async function wrongOnce(throttle: FailureThrottle, keys: string[]) {
  const attempt = await throttle.begin(keys);
  return attempt.allowed ? throttle.fail(attempt) : attempt;
}

// `npm run test:pg` runs this on a real PostgreSQL database: two stores on two pools stand for two
// app instances sharing the migrated RateLimit table.
describe.skipIf(!process.env.TEST_POSTGRES_URL)("PostgreSQL rate-limit store", () => {
  let db: ReturnType<typeof createTempDatabase>;
  let pools: [pg.Pool, pg.Pool];
  beforeAll(() => {
    db = createTempDatabase();
    pools = [new pg.Pool(postgresPoolConfig(db.url)), new pg.Pool(postgresPoolConfig(db.url))];
  }, 60_000);
  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.end()));
    await db.dispose();
  });

  it("counts failures from both instances together, in the migrated table", async () => {
    const policy = {
      freeFailures: 3,
      windowSeconds: 60,
      firstBlockSeconds: 5,
      maxBlockSeconds: 60,
      memorySeconds: 600,
    };
    const [a, b] = pools.map((pool) => createFailureThrottle({ kind: "postgres", pool }, "pg-test", policy));
    await wrongOnce(a!, ["10.1.1.1"]);
    await wrongOnce(b!, ["10.1.1.1"]);
    await wrongOnce(a!, ["10.1.1.1"]);
    expect(await b!.check(["10.1.1.1"])).toEqual({ allowed: true });
    expect(await wrongOnce(b!, ["10.1.1.1"])).toMatchObject({ blockedSeconds: 5 });
    expect(await a!.check(["10.1.1.1"])).toMatchObject({ allowed: false });
    const { rows } = await pools[0].query<{ key: string }>(
      `SELECT key FROM "RateLimit" WHERE key LIKE 'pg-test:%' ORDER BY key`,
    );
    expect(rows.map((row) => row.key)).toEqual([
      "pg-test:block:10.1.1.1",
      "pg-test:fail:10.1.1.1",
      "pg-test:strike:10.1.1.1",
    ]);
    await a!.reset(["10.1.1.1"]);
    expect(await b!.check(["10.1.1.1"])).toEqual({ allowed: true });
  });

  it("counts a burst of 100 concurrent wrong secrets on two instances atomically: 10 free, the other 90 refused", async () => {
    const policy = {
      freeFailures: 10,
      windowSeconds: 900,
      firstBlockSeconds: 2,
      maxBlockSeconds: 900,
      memorySeconds: 3600,
    };
    const [a, b] = pools.map((pool) => createFailureThrottle({ kind: "postgres", pool }, "pg-burst", policy));
    for (let burst = 1; burst <= 3; burst++) {
      const key = `10.2.2.${burst}`;
      const outcomes = await Promise.all(
        Array.from({ length: 100 }, async (_, n) => {
          const outcome = await wrongOnce(n % 2 === 0 ? a! : b!, [key]);
          return "blockedSeconds" in outcome && outcome.blockedSeconds === 0 ? "wrong" : "refused";
        }),
      );
      expect(
        outcomes.filter((o) => o === "wrong"),
        `burst ${burst}`,
      ).toHaveLength(policy.freeFailures);
      expect(await a!.begin([key])).toMatchObject({ allowed: false });
      // Every wrong secret of the burst was counted, none lost to a race.
      const { rows } = await pools[0].query<{ points: number }>(`SELECT points FROM "RateLimit" WHERE key = $1`, [
        `pg-burst:fail:${key}`,
      ]);
      expect(rows[0]?.points, `burst ${burst}`).toBe(100);
    }
  });

  it("shares plain rate limits too", async () => {
    const [a, b] = pools.map((pool) =>
      createRateLimit({ kind: "postgres", pool }, "pg-saves", { points: 2, durationSeconds: 60 }),
    );
    expect((await a!.consume("c")).allowed).toBe(true);
    expect((await b!.consume("c")).allowed).toBe(true);
    expect(await a!.consume("c")).toMatchObject({ allowed: false });
  });
});
