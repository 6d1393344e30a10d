// `npm run db:check-drift`: fails when the PostgreSQL schema or its migrations drift from prisma/schema.prisma.
//   1. prisma/postgres/schema.prisma must be exactly what scripts/postgres-schema.ts generates (offline).
//   2. prisma/postgres/migrations must produce that schema: `prisma migrate diff` replays them into a
//      temporary shadow database, so this step needs a PostgreSQL server (TEST_POSTGRES_URL, a role
//      that may CREATE DATABASE); without one it says so and is skipped.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

import { POSTGRES_SCHEMA, postgresSchemaFrom, SQLITE_SCHEMA } from "./postgres-schema";

if (readFileSync(POSTGRES_SCHEMA, "utf8") !== postgresSchemaFrom(readFileSync(SQLITE_SCHEMA, "utf8"))) {
  console.error(
    `drift: ${POSTGRES_SCHEMA} is out of date with ${SQLITE_SCHEMA}; run \`npm run db:pg-schema\`, then add a PostgreSQL migration.`,
  );
  process.exit(1);
}
console.log(`${POSTGRES_SCHEMA} matches ${SQLITE_SCHEMA}`);

const server = process.env.TEST_POSTGRES_URL;
if (!server) {
  console.log("PostgreSQL migrations not checked: set TEST_POSTGRES_URL (npm run test:pg does)");
  process.exit(0);
}
try {
  execFileSync(
    "npx",
    [
      "prisma",
      "migrate",
      "diff",
      "--config",
      "prisma/postgres/prisma.config.ts",
      "--from-migrations",
      "prisma/postgres/migrations",
      "--to-schema-datamodel",
      POSTGRES_SCHEMA,
      "--exit-code",
    ],
    { env: { ...process.env, DATABASE_URL: server }, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" },
  );
} catch (error) {
  const status = (error as { status?: number }).status;
  // --exit-code: 2 means the migrations and the schema differ; anything else is a failure to check.
  console.error(
    status === 2
      ? `drift: prisma/postgres/migrations do not produce ${POSTGRES_SCHEMA}; run \`DATABASE_URL=postgresql://… npm run db:pg-migrate -- --name <what>\`.`
      : `drift: could not compare the PostgreSQL migrations with the schema (exit ${status})`,
  );
  process.exit(1);
}
console.log(`prisma/postgres/migrations match ${POSTGRES_SCHEMA}`);
