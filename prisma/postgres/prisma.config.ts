import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { defineConfig } from "prisma/config";

import { postgresPoolConfig } from "../../lib/db/postgres-pool";
import { databaseUrl, isPostgresUrl } from "../../lib/db/url";

/**
 * adapter-pg 6.19.3 drops its temporary shadow database (used by `migrate dev` and
 * `migrate diff --from-migrations`) while its own pool is still connected to it, which PostgreSQL
 * refuses ("is being accessed by other users"). This one closes that pool first.
 */
class PrismaPgMigrate extends PrismaPg {
  constructor(private readonly poolConfig: pg.PoolConfig) {
    super(poolConfig);
  }

  override async connectToShadowDb() {
    const main = await this.connect();
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg({ ...this.poolConfig, database }).connect();
    const closeShadowPool = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await closeShadowPool();
      await main.executeScript(`DROP DATABASE "${database}"`);
      await main.dispose();
    };
    return shadow;
  }
}

// The PostgreSQL twin of prisma.config.ts, for `prisma … --config prisma/postgres/prisma.config.ts`.
// prisma/postgres/schema.prisma is generated from prisma/schema.prisma (npm run db:pg-schema).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "schema.prisma",
  migrations: { path: "migrations" },
  async adapter() {
    const url = databaseUrl();
    if (!isPostgresUrl(url))
      throw new Error(`prisma/postgres/prisma.config.ts needs DATABASE_URL=postgresql://…, not "${url}"`);
    return new PrismaPgMigrate(postgresPoolConfig(url));
  },
});
