import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";

import { WRITERS_DB_FILE } from "../playwright.config";

/**
 * Straight to the database the writers' e2e server uses (its SQLite file, or E2E_DATABASE_URL's
 * PostgreSQL database under test:pg), for what no request can do, such as ageing a session past its expiry.
 */
export async function updateSession(
  cookieValue: string,
  times: { expiresAt?: Date; lastSeenAt?: Date },
  sqliteFile = WRITERS_DB_FILE,
): Promise<number> {
  const id = createHash("sha256").update(cookieValue, "utf8").digest("hex");
  const columns = Object.entries(times).filter((entry): entry is [string, Date] => entry[1] instanceof Date);
  const url = process.env.E2E_DATABASE_URL;
  if (url?.startsWith("postgres")) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const set = columns.map(([name], i) => `"${name}" = $${i + 2}`).join(", ");
      return (
        (await client.query(`UPDATE "Session" SET ${set} WHERE id = $1`, [id, ...columns.map(([, date]) => date)]))
          .rowCount ?? 0
      );
    } finally {
      await client.end();
    }
  }
  const db = new Database(sqliteFile);
  try {
    // Prisma keeps SQLite DateTimes as ISO text with a +00:00 offset.
    const set = columns.map(([name]) => `"${name}" = ?`).join(", ");
    return db
      .prepare(`UPDATE "Session" SET ${set} WHERE id = ?`)
      .run(...columns.map(([, date]) => date.toISOString().replace("Z", "+00:00")), id).changes;
  } finally {
    db.close();
  }
}

/**
 * Sets columns of the rows where `column` equals `value` (a User's groups to demote them, an API
 * token's expiry), in the database the e2e server uses. Dates are stored as Prisma keeps them.
 */
export async function updateRows(
  table: "User" | "ApiToken",
  where: { column: string; value: string },
  values: Record<string, string | Date>,
  sqliteFile = "prisma/e2e.db",
): Promise<number> {
  const columns = Object.entries(values);
  const url = process.env.E2E_DATABASE_URL;
  if (url?.startsWith("postgres")) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const set = columns.map(([name], i) => `"${name}" = $${i + 2}`).join(", ");
      const sql = `UPDATE "${table}" SET ${set} WHERE "${where.column}" = $1`;
      return (await client.query(sql, [where.value, ...columns.map(([, v]) => v)])).rowCount ?? 0;
    } finally {
      await client.end();
    }
  }
  const db = new Database(sqliteFile);
  try {
    const set = columns.map(([name]) => `"${name}" = ?`).join(", ");
    const stored = columns.map(([, v]) => (v instanceof Date ? v.toISOString().replace("Z", "+00:00") : v));
    return db.prepare(`UPDATE "${table}" SET ${set} WHERE "${where.column}" = ?`).run(...stored, where.value).changes;
  } finally {
    db.close();
  }
}
