import { describe, expect, it } from "vitest";

import { createTempDatabase } from "../testing/temp-database";
import { postgresPoolConfig } from "./postgres-pool";

describe("postgresPoolConfig", () => {
  it("splits the URL into fields, so a changed `database` is the one pg connects to", () => {
    const config = postgresPoolConfig("postgresql://editor:s%40cret@db.internal:6543/capex_lens");
    expect(config).toMatchObject({
      user: "editor",
      password: "s@cret",
      host: "db.internal",
      port: 6543,
      database: "capex_lens",
    });
    expect(config).not.toHaveProperty("connectionString");
  });
});

// npm run test:pg runs this on PostgreSQL: current_database() is of type `name`, and `"char"` is
// what pg_catalog uses for kinds; without CatalogTextClient adapter-pg rejects both.
describe.runIf(process.env.TEST_POSTGRES_URL)("pg_catalog types through Prisma on PostgreSQL", () => {
  const query = `SELECT current_database() AS "database", 'r'::"char" AS "kind"`;

  it('reads `name` and `"char"` columns as text, in and outside a transaction', async () => {
    const db = createTempDatabase();
    try {
      const expected = [{ database: new URL(db.url).pathname.slice(1), kind: "r" }];
      expect(await db.prisma.$queryRawUnsafe(query)).toEqual(expected);
      expect(await db.prisma.$transaction((tx) => tx.$queryRawUnsafe(query))).toEqual(expected);
    } finally {
      await db.dispose();
    }
  }, 60_000);
});
