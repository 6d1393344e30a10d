/** Where the database lives. One default shared by the app, the seed and prisma.config.ts. */
export const DEFAULT_DATABASE_URL = "file:./prisma/capex-lens.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}
