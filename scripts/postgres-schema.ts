// Generates prisma/postgres/schema.prisma from prisma/schema.prisma, the one source of truth.
// `npm run db:pg-schema` writes it; `npm run db:check-drift` and a unit test check it.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const POSTGRES_SCHEMA = "prisma/postgres/schema.prisma";

const HEADER = `// GENERATED from ${SQLITE_SCHEMA} by scripts/postgres-schema.ts: do not edit.
// Edit ${SQLITE_SCHEMA}, then run \`npm run db:pg-schema\` and \`npm run db:pg-migrate -- --name <what>\`.
`;

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`));
  if (matches?.length !== 1)
    throw new Error(`${SQLITE_SCHEMA}: expected exactly one ${what}, found ${matches?.length ?? 0}`);
  return text.replace(pattern, replacement);
}

/**
 * The PostgreSQL schema for a SQLite one: same models, provider "postgresql", and a client
 * generated into lib/generated/prisma-pg. Anything provider-specific (native `@db.` types) is an
 * error rather than a silent mistranslation.
 */
export function postgresSchemaFrom(sqliteSchema: string): string {
  if (/@db\./.test(sqliteSchema))
    throw new Error(`${SQLITE_SCHEMA}: native @db. types cannot be translated to PostgreSQL`);
  let schema = replaceOnce(sqliteSchema, /^(\s*provider\s*=\s*)"sqlite"/m, '$1"postgresql"', 'provider = "sqlite"');
  // Ignored when a driver adapter is configured (DATABASE_URL decides), but it must look like a
  // PostgreSQL URL; env("DATABASE_URL") would make `prisma generate` fail wherever it is unset.
  schema = replaceOnce(
    schema,
    /^(\s*url\s*=\s*)"file:[^"]*"/m,
    '$1"postgresql://localhost/capex_lens"',
    'url = "file:…"',
  );
  schema = replaceOnce(
    schema,
    /^(\s*output\s*=\s*)"\.\.\/lib\/generated\/prisma"/m,
    '$1"../../lib/generated/prisma-pg"',
    'output = "../lib/generated/prisma"',
  );
  return HEADER + schema.replace(/^\/\/ The data model\..*\n/, "");
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const root = path.resolve(import.meta.dirname, "..");
  writeFileSync(
    path.join(root, POSTGRES_SCHEMA),
    postgresSchemaFrom(readFileSync(path.join(root, SQLITE_SCHEMA), "utf8")),
  );
  console.log(
    `wrote ${POSTGRES_SCHEMA}; if the models changed, add a migration: npm run db:pg-migrate -- --name <what>`,
  );
}
