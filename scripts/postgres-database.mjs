// Creates and drops whole PostgreSQL databases for tests, through a URL whose role may CREATE DATABASE.
//   node scripts/postgres-database.mjs create <name>   prints the new database's URL (an old one of that name is dropped first)
//   node scripts/postgres-database.mjs drop <name>
import path from "node:path";
import pg from "pg";

/** The URL of database `name` on the same server, as the same role. */
export function databaseUrlFor(serverUrl, name) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withServer(serverUrl, work) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl, name) {
  await withServer(serverUrl, async (client) => {
    try {
      // A plain DROP also stops autovacuum workers, which FORCE may not terminate for a non-superuser.
      await client.query(`DROP DATABASE IF EXISTS "${name}"`);
    } catch (error) {
      if (error?.code !== "55006") throw error;
      // Still in use: sessions of a test server that did not exit cleanly; they are ours to end.
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  });
}

/** A fresh, empty database; returns its URL. */
export async function recreateDatabase(serverUrl, name) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe database name: ${name}`);
  await dropDatabase(serverUrl, name);
  await withServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  return databaseUrlFor(serverUrl, name);
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const [command, name] = process.argv.slice(2);
  const serverUrl = process.env.TEST_POSTGRES_URL;
  if (!serverUrl || !name || !["create", "drop"].includes(command ?? "")) {
    console.error("usage: TEST_POSTGRES_URL=postgresql://… node scripts/postgres-database.mjs create|drop <name>");
    process.exit(2);
  }
  if (command === "create") console.log(await recreateDatabase(serverUrl, name));
  else await dropDatabase(serverUrl, name);
}
