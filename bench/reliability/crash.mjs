// Crash safety: a burst of creates through the API, kill -9 of the server halfway through, restart on
// the same file. Every create that got a 2xx must be there; the file must pass PRAGMA integrity_check.
import Database from "better-sqlite3";

import { ADMIN_TOKEN, freshDatabase, removeDatabase, startServer } from "../lib/server.mjs";
import { modelBodyFrom } from "./model-fields.mjs";
import { request, runPool } from "./pool.mjs";

export async function crashDuringWrites({ port, writes, deadline }) {
  const database = freshDatabase("crash");
  let server = await startServer({ port, databaseUrl: database.url });
  try {
    const list = await request(`${server.base}/api/models`);
    if (list.status !== 200) return { missing: `GET /api/models answered ${list.status}` };
    const template = JSON.parse(list.body).models[0];
    const body = (n) =>
      JSON.stringify(modelBodyFrom(template, { slug: `crash-${n}`, nameEn: `Crash ${n}`, nameZh: `崩溃 ${n}` }));

    const acknowledged = [];
    const unanswered = [];
    let killedAt = null;
    const killAfter = Math.floor(writes / 2);
    await runPool(
      Array.from({ length: writes }, (_, n) => n),
      8,
      async (n) => {
        if (killedAt !== null) return;
        const response = await request(
          `${server.base}/api/models`,
          {
            method: "POST",
            headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
            body: body(n),
          },
          10_000,
        );
        if (response.status === 201) acknowledged.push(n);
        else unanswered.push({ n, status: response.status });
        // The kill lands while the other lanes' writes are in flight.
        if (acknowledged.length >= killAfter && killedAt === null) {
          killedAt = acknowledged.length;
          server.child.kill("SIGKILL");
        }
      },
      { deadline },
    );
    await new Promise((resolve) =>
      server.child.exitCode !== null || server.child.signalCode !== null
        ? resolve()
        : server.child.once("exit", resolve),
    );

    server = await startServer({ port, databaseUrl: database.url });
    const lost = [];
    for (const n of acknowledged) {
      const response = await request(`${server.base}/api/models/crash-${n}`);
      if (response.status !== 200) lost.push(n);
    }
    // Writes cut off by the kill: each is either fully there or not at all (its audit entry with it).
    const inFlightPresent = [];
    for (const { n } of unanswered)
      if ((await request(`${server.base}/api/models/crash-${n}`)).status === 200) inFlightPresent.push(n);
    await server.stop();

    const db = new Database(database.file, { readonly: true });
    const integrity = db.pragma("integrity_check", { simple: true });
    const journalMode = db.pragma("journal_mode", { simple: true });
    const synchronous = db.pragma("synchronous", { simple: true });
    const orphans = /** @type {{ n: number }} */ (
      db
        .prepare(
          "SELECT COUNT(*) AS n FROM AiModel m WHERE m.slug LIKE 'crash-%' AND NOT EXISTS (SELECT 1 FROM AuditEntry a WHERE a.entityKey = m.slug)",
        )
        .get()
    ).n;
    db.close();
    return {
      planned: writes,
      acknowledged: acknowledged.length,
      cutOff: unanswered.length,
      inFlightCommitted: inFlightPresent.length,
      lost: lost.length,
      lostSlugs: lost.map((n) => `crash-${n}`),
      modelsWithoutAudit: orphans,
      integrity,
      journalMode,
      synchronous,
      failures: lost.map((n) => ({ reason: "acknowledged write missing after restart", request: `crash-${n}` })),
    };
  } finally {
    await server.stop();
    removeDatabase(database.file);
  }
}
