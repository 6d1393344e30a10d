import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient as PostgresPrismaClient } from "../generated/prisma-pg/client";
import { PrismaClient } from "../generated/prisma/client";
import { postgresPoolConfig } from "./postgres-pool";
import { serializeSqliteAccess } from "./serialized-sqlite";
import { databaseUrl, isPostgresUrl } from "./url";

/**
 * A client for the configured database; used by the app (through lib/db/client.ts), the seed and
 * tests. DATABASE_URL decides: `file:` → SQLite (better-sqlite3), `postgres(ql)://` → PostgreSQL.
 */
export function createPrismaClient(url = databaseUrl()): PrismaClient {
  if (isPostgresUrl(url)) {
    // Both clients are generated from the same models (prisma/postgres/schema.prisma is derived from
    // prisma/schema.prisma; a test checks it). TypeScript still sees two unrelated classes, and the
    // PostgreSQL one accepts more (e.g. isolation levels besides Serializable), so code typed against
    // the SQLite client is valid on both: one cast here keeps a single `PrismaClient` type elsewhere.
    return new PostgresPrismaClient({ adapter: new PrismaPg(postgresPoolConfig(url)) }) as unknown as PrismaClient;
  }
  const factory = new PrismaBetterSQLite3({ url });
  // Plain queries wait for open transactions (lib/db/serialized-sqlite.ts says why).
  const adapter = new Proxy(factory, {
    get(target, property) {
      if (property === "connect") return async () => serializeSqliteAccess(await target.connect());
      const value = Reflect.get(target, property);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return new PrismaClient({ adapter });
}
