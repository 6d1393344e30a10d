import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { postgresPoolConfig } from "../db/postgres-pool";
import { createTempDatabase } from "../testing/temp-database";
import { createFailureThrottle } from "./failure-throttle";
import { createRateLimit } from "./rate-limit";

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
    await a!.fail(["10.1.1.1"]);
    await b!.fail(["10.1.1.1"]);
    await a!.fail(["10.1.1.1"]);
    expect(await b!.check(["10.1.1.1"])).toEqual({ allowed: true });
    expect((await b!.fail(["10.1.1.1"])).blockedSeconds).toBe(5);
    expect(await a!.check(["10.1.1.1"])).toMatchObject({ allowed: false });
    const { rows } = await pools[0].query<{ key: string }>(
      `SELECT key FROM "RateLimit" WHERE key LIKE 'pg-test:%' ORDER BY key`,
    );
    expect(rows.map((row) => row.key)).toEqual(["pg-test:block:10.1.1.1", "pg-test:strike:10.1.1.1"]);
    await a!.reset(["10.1.1.1"]);
    expect(await b!.check(["10.1.1.1"])).toEqual({ allowed: true });
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
