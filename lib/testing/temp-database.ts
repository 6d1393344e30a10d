import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";

import { createPrismaClient } from "../db/create-client";
import { prismaConfigFile } from "../db/url";
import { loadFacts, loadFactsZh } from "../facts/load";
import type { PrismaClient } from "../generated/prisma/client";
import { seedDatabase } from "../seed/seed-database";

type TempDatabase = { prisma: PrismaClient; url: string; dispose: () => Promise<void> };
type TempDatabaseHandle = { readonly prisma: PrismaClient };

/**
 * A fresh, migrated database for tests that need real queries: SQLite in a temp folder, or, when
 * TEST_POSTGRES_URL names a PostgreSQL server (as `npm run test:pg` sets it), a new database there.
 */
export function createTempDatabase(): TempDatabase {
  const server = process.env.TEST_POSTGRES_URL;
  return server ? createTempPostgresDatabase(server) : createTempSqliteDatabase();
}

/**
 * One temporary database for the tests of the calling `describe` (or file): made in beforeAll, removed
 * in afterAll. Its client is read inside the tests (or a later beforeAll), once it exists.
 */
export function useTempDatabase(): TempDatabaseHandle {
  return useDatabase(async () => {});
}

/** useTempDatabase, seeded from facts.json as `npm run db:setup` seeds a new database. */
export function useSeededTempDatabase(): TempDatabaseHandle {
  return useDatabase(async (prisma) => {
    await seedDatabase(prisma, loadFacts(), loadFactsZh());
  });
}

function useDatabase(prepare: (prisma: PrismaClient) => Promise<void>): TempDatabaseHandle {
  let db: TempDatabase | undefined;
  beforeAll(async () => {
    db = createTempDatabase();
    await prepare(db.prisma);
  }, 60_000);
  afterAll(async () => {
    await db?.dispose();
  });
  const ready = () => {
    if (!db) throw new Error("The temporary database exists from beforeAll on: read it inside a test or hook.");
    return db;
  };
  return {
    get prisma() {
      return ready().prisma;
    },
  };
}

/**
 * `prisma migrate deploy` is the slow part of a test database (a Prisma CLI per database, seconds each):
 * each kind is migrated once into a template named after its migrations' contents, and every test
 * database is a copy of it (a file copy; CREATE DATABASE … TEMPLATE). A changed migration makes a new template.
 */
function migrationsKey(directory: string): string {
  const hash = createHash("sha256");
  for (const entry of readdirSync(directory, { recursive: true, encoding: "utf8" }).sort()) {
    const file = path.join(directory, entry);
    if (!file.endsWith(".sql") && !file.endsWith(".toml")) continue;
    hash.update(entry).update(readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}

function migrateDeploy(url: string): void {
  execFileSync("npx", ["prisma", "migrate", "deploy", "--config", prismaConfigFile(url)], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
}

function sqliteTemplate(): string {
  const template = path.join(tmpdir(), `capex-lens-template-${migrationsKey("prisma/migrations")}.db`);
  if (existsSync(template)) return template;
  const dir = mkdtempSync(path.join(tmpdir(), "capex-lens-template-"));
  try {
    migrateDeploy(`file:${path.join(dir, "template.db")}`);
    // Atomic: a worker building the same template at the same time just replaces it with its equal.
    renameSync(path.join(dir, "template.db"), template);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return template;
}

function createTempSqliteDatabase(): TempDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), "capex-lens-"));
  const file = path.join(dir, "test.db");
  copyFileSync(sqliteTemplate(), file);
  const url = `file:${file}`;
  const prisma = createPrismaClient(url);
  return {
    prisma,
    url,
    dispose: async () => {
      await prisma.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresAdmin(server: string, ...args: string[]): string {
  return execFileSync("node", ["scripts/postgres-database.mjs", ...args], {
    env: { ...process.env, TEST_POSTGRES_URL: server },
    encoding: "utf8",
  }).trim();
}

/** The template database on the server (kept there for the next run; test databases are copies of it). */
function postgresTemplate(server: string): string {
  const template = `capex_template_${migrationsKey("prisma/postgres/migrations")}`;
  if (postgresAdmin(server, "exists", template) === "yes") return template;
  const building = `${template}_${randomBytes(4).toString("hex")}`;
  try {
    migrateDeploy(postgresAdmin(server, "create", building));
  } catch (error) {
    postgresAdmin(server, "drop", building);
    throw error;
  }
  postgresAdmin(server, "adopt", building, template);
  return template;
}

function createTempPostgresDatabase(server: string): TempDatabase {
  const name = `capex_test_${randomBytes(6).toString("hex")}`;
  const url = postgresAdmin(server, "copy", postgresTemplate(server), name);
  const prisma = createPrismaClient(url);
  return {
    prisma,
    url,
    dispose: async () => {
      await prisma.$disconnect();
      postgresAdmin(server, "drop", name);
    },
  };
}
