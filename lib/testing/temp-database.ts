import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PrismaClient } from "../generated/prisma/client";
import { createPrismaClient } from "../db/create-client";

/** A fresh, migrated SQLite database in a temp folder, for tests that need real queries. */
export function createTempDatabase(): { prisma: PrismaClient; url: string; dispose: () => Promise<void> } {
  const dir = mkdtempSync(path.join(tmpdir(), "capex-lens-"));
  const url = `file:${path.join(dir, "test.db")}`;
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
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
