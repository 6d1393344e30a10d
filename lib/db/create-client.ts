import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { serializeSqliteAccess } from "./serialized-sqlite";
import { databaseUrl } from "./url";

/** A client for the configured database; used by the app (through lib/db/client.ts), the seed and tests. */
export function createPrismaClient(url = databaseUrl()): PrismaClient {
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
