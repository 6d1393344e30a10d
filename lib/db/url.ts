/** Where the database lives. One default shared by the app, the seed and prisma.config.ts. */
export const DEFAULT_DATABASE_URL = "file:./prisma/capex-lens.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

/** Whether a DATABASE_URL names PostgreSQL (otherwise it is a SQLite `file:` URL). */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** The Prisma CLI config for a database: migrations are provider-specific. */
export function prismaConfigFile(url: string): string {
  return isPostgresUrl(url) ? "prisma/postgres/prisma.config.ts" : "prisma.config.ts";
}
