// The server Playwright starts: the production build on $E2E_PORT. By default a fresh SQLite database
// ($E2E_DB_FILE, default prisma/e2e.db, migrated and seeded); with E2E_DATABASE_URL, that database as it
// is (npm run test:pg creates, migrates and seeds a PostgreSQL one first, then starts two of these against it).
import { execSync } from "node:child_process";
import { rmSync } from "node:fs";

const port = process.env.E2E_PORT ?? "3100";
let databaseUrl = process.env.E2E_DATABASE_URL;
if (!databaseUrl) {
  const file = process.env.E2E_DB_FILE ?? "prisma/e2e.db";
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  databaseUrl = `file:./${file}`;
  execSync("npm run db:setup --silent", { stdio: "inherit", env: { ...process.env, DATABASE_URL: databaseUrl } });
}
// A production server needs PUBLIC_ORIGIN (lib/site-origin.ts): this one is on loopback, and says so.
// Node closes an idle keep-alive socket after 5 s; on a loaded machine a test's API request can be sent on
// a socket the server is closing at that moment (ECONNRESET). Idle sockets are kept longer than any test step.
execSync(`npx next start -p ${port} --keepAliveTimeout 65000`, {
  stdio: "inherit",
  env: {
    PUBLIC_ORIGIN: `http://localhost:${port}`,
    ...process.env,
    PORT: port,
    DATABASE_URL: databaseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
  },
});
