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
