import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { createPrismaClient } from "../db/create-client";
import { prismaConfigFile } from "../db/url";
import type { PrismaClient } from "../generated/prisma/client";

type TempDatabase = { prisma: PrismaClient; url: string; dispose: () => Promise<void> };

/**
 * A fresh, migrated database for tests that need real queries: SQLite in a temp folder, or, when
 * TEST_POSTGRES_URL names a PostgreSQL server (as `npm run test:pg` sets it), a new database there.
 */
export function createTempDatabase(): TempDatabase {
  const server = process.env.TEST_POSTGRES_URL;
  return server ? createTempPostgresDatabase(server) : createTempSqliteDatabase();
}

function migrate(url: string): PrismaClient {
  execFileSync("npx", ["prisma", "migrate", "deploy", "--config", prismaConfigFile(url)], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
  return createPrismaClient(url);
}

function createTempSqliteDatabase(): TempDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), "capex-lens-"));
  const url = `file:${path.join(dir, "test.db")}`;
  const prisma = migrate(url);
  return {
    prisma,
    url,
    dispose: async () => {
      await prisma.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function createTempPostgresDatabase(server: string): TempDatabase {
  const name = `capex_test_${randomBytes(6).toString("hex")}`;
  const admin = (command: "create" | "drop") =>
    execFileSync("node", ["scripts/postgres-database.mjs", command, name], {
      env: { ...process.env, TEST_POSTGRES_URL: server },
      encoding: "utf8",
    }).trim();
  const url = admin("create");
  let prisma: PrismaClient;
  try {
    prisma = migrate(url);
  } catch (error) {
    admin("drop");
    throw error;
  }
  return {
    prisma,
    url,
    dispose: async () => {
      await prisma.$disconnect();
      admin("drop");
    },
  };
}
