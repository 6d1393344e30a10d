// The server Playwright starts: a fresh database (migrated and seeded) behind the production build.
import { execSync } from "node:child_process";
import { rmSync } from "node:fs";

const port = process.env.E2E_PORT ?? "3100";
const file = "prisma/e2e.db";
for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });

const env = { ...process.env, DATABASE_URL: `file:./${file}`, NEXT_TELEMETRY_DISABLED: "1" };
execSync("npm run db:setup --silent", { stdio: "inherit", env });
execSync(`npx next start -p ${port}`, { stdio: "inherit", env });
