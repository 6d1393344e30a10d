// Creates and drops whole PostgreSQL databases for tests, through a URL whose role may CREATE DATABASE.
//   node scripts/postgres-database.mjs create <name>   prints the new database's URL (an old one of that name is dropped first)
//   node scripts/postgres-database.mjs drop <name>
//   node scripts/postgres-database.mjs copy <template> <name>   a new database <name> as a copy of <template>; prints its URL
//   node scripts/postgres-database.mjs adopt <from> <to>   renames <from> to <to>; if <to> exists already, drops <from>
//   node scripts/postgres-database.mjs exists <name>   prints yes or no
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

const safeName = (name) => {
  if (!/^[a-z0-9_]+$/.test(name ?? "")) throw new Error(`unsafe database name: ${name}`);
  return name;
};

/** A copy of a migrated template (CREATE DATABASE … TEMPLATE): what a Prisma migrate per database would take seconds for. */
export async function copyDatabase(serverUrl, template, name) {
  await dropDatabase(serverUrl, safeName(name));
  for (let attempt = 0; ; attempt++) {
    try {
      await withServer(serverUrl, (client) =>
        client.query(`CREATE DATABASE "${name}" TEMPLATE "${safeName(template)}"`),
      );
      return databaseUrlFor(serverUrl, name);
    } catch (error) {
      // 55006: the template is still in use (its migration's connections closing); it frees up at once.
      if (error?.code !== "55006" || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** Renames a database built under a temporary name; when another process got there first, keeps theirs. */
export async function adoptDatabase(serverUrl, from, to) {
  try {
    await withServer(serverUrl, (client) =>
      client.query(`ALTER DATABASE "${safeName(from)}" RENAME TO "${safeName(to)}"`),
    );
  } catch (error) {
    if (error?.code !== "42P04") throw error;
    await dropDatabase(serverUrl, from);
  }
}

export async function databaseExists(serverUrl, name) {
  return withServer(serverUrl, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return (rowCount ?? 0) > 0;
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const [command, name, other] = process.argv.slice(2);
  const serverUrl = process.env.TEST_POSTGRES_URL;
  const twoNames = ["copy", "adopt"].includes(command ?? "");
  if (
    !serverUrl ||
    !name ||
    !["create", "drop", "copy", "adopt", "exists"].includes(command ?? "") ||
    (twoNames && !other)
  ) {
    console.error(
      "usage: TEST_POSTGRES_URL=postgresql://… node scripts/postgres-database.mjs create|drop|exists <name> | copy <template> <name> | adopt <from> <to>",
    );
    process.exit(2);
  }
  if (command === "create") console.log(await recreateDatabase(serverUrl, name));
  else if (command === "copy") console.log(await copyDatabase(serverUrl, name, other));
  else if (command === "adopt") await adoptDatabase(serverUrl, name, other);
  else if (command === "exists") console.log((await databaseExists(serverUrl, name)) ? "yes" : "no");
  else await dropDatabase(serverUrl, name);
}
