// Concurrent editors: each reads a capex figure (ETag), adds a small amount with PATCH + If-Match, and
// on 412 reads again and retries. Zero lost updates: every figure ends at its start plus the sum of
// the changes the server accepted, and its version advanced once per accepted change. Meanwhile
// readers open pinned Capex links (v=) of the versions the edits make: every read of one version,
// during the edits and after them, must show the same figures (no figure from another version).
import { ADMIN_TOKEN } from "../lib/server.mjs";
import { request, runPool } from "./pool.mjs";

const MAX_ATTEMPTS_PER_EDIT = 200;

async function readFigure(base, id) {
  const response = await request(`${base}/api/capex/${id}`);
  if (response.status !== 200) return null;
  const body = JSON.parse(response.body);
  return { usdBn: body.usdBn, version: body.version, etag: response.headers.get("etag") };
}

export async function concurrentEditors({ base, editors, editsPerEditor, deadline }) {
  const list = await request(`${base}/api/capex`);
  if (list.status !== 200) return { missing: `GET /api/capex answered ${list.status}` };
  // Two shared records: every editor edits both, so conflicts are constant.
  const ids = JSON.parse(list.body)
    .capexFigures.filter((f) => typeof f.usdBn === "number")
    .slice(0, 2)
    .map((f) => f.id);
  const start = Object.fromEntries(await Promise.all(ids.map(async (id) => [id, await readFigure(base, id)])));
  const accepted = Object.fromEntries(ids.map((id) => [id, { sum: 0, count: 0 }]));
  let conflicts = 0;
  let errors = 0;
  const errorSamples = [];

  const editor = async (_unused, index) => {
    for (let edit = 0; edit < editsPerEditor && Date.now() < deadline; edit++) {
      const id = ids[(index + edit) % ids.length];
      const delta = 1 + ((index * 7 + edit) % 5); // whole numbers: sums are exact
      for (let attempt = 0; attempt < MAX_ATTEMPTS_PER_EDIT && Date.now() < deadline; attempt++) {
        const current = await readFigure(base, id);
        if (!current) {
          errors++;
          break;
        }
        const response = await request(`${base}/api/capex/${id}`, {
          method: "PATCH",
          headers: {
            authorization: `Bearer ${ADMIN_TOKEN}`,
            "content-type": "application/json",
            "if-match": current.etag,
          },
          body: JSON.stringify({ usdBn: current.usdBn + delta }),
        });
        if (response.status === 200) {
          accepted[id].sum += delta;
          accepted[id].count++;
          break;
        }
        if (response.status === 412) {
          conflicts++;
          continue;
        }
        errors++;
        if (errorSamples.length < 10) errorSamples.push(`${response.status} ${response.body.slice(0, 200)}`);
        break;
      }
    }
  };
  let editing = true;
  const readers = pinnedReaders({
    base,
    readers: Math.max(1, Math.floor(editors / 2)),
    deadline,
    active: () => editing,
  });
  const pool = await runPool(Array.from({ length: editors }), editors, editor, { deadline });
  editing = false;
  const pinned = await readers;

  const records = [];
  let lostUpdates = 0;
  for (const id of ids) {
    const final = await readFigure(base, id);
    const expected = start[id].usdBn + accepted[id].sum;
    const expectedVersion = start[id].version + accepted[id].count;
    const lost = Math.round((expected - final.usdBn) * 1000) / 1000 !== 0 || final.version !== expectedVersion;
    if (lost) lostUpdates++;
    records.push({
      id,
      start: start[id],
      accepted: accepted[id],
      final: { usdBn: final.usdBn, version: final.version },
      expected: { usdBn: expected, version: expectedVersion },
    });
  }
  const acceptedCount = Object.values(accepted).reduce((sum, a) => sum + a.count, 0);
  return {
    editors,
    editsPerEditor,
    accepted: acceptedCount,
    planned: editors * editsPerEditor,
    conflicts,
    errors,
    errorSamples,
    lostUpdates,
    records,
    pinned,
    timedOut: pool.timedOut || acceptedCount < editors * editsPerEditor,
  };
}

/** Every amount a Capex page shows, in order ("USD 44.5 bn"…): the figures of the version it renders. */
const shownAmounts = (html) => (html.match(/USD [\d.,]+ bn/g) ?? []).join(" ");
const PINNED_PATH = "/en/capex?preset=flat";

/**
 * Readers of pinned links while editors write: each opens `?v=<n>` for versions up to one past the
 * newest it has seen (so it also asks for versions being committed), and records what each version
 * showed. Afterwards every version seen is read once more. A version that shows two different sets of
 * figures is a mismatch; an unknown version answers the current data with a notice, and is skipped.
 */
async function pinnedReaders({ base, readers, deadline, active }) {
  const seen = new Map();
  let reads = 0;
  let errors = 0;
  let newest = 1;
  const read = async (version) => {
    const response = await request(`${base}${PINNED_PATH}&v=${version}`);
    if (response.status !== 200) {
      errors++;
      return;
    }
    reads++;
    if (response.body.includes("No data version")) return;
    newest = Math.max(newest, version);
    const amounts = shownAmounts(response.body);
    const before = seen.get(version);
    if (!before) seen.set(version, new Set([amounts]));
    else before.add(amounts);
  };
  const reader = async (_unused, index) => {
    for (let step = index; active() && Date.now() < deadline; step++) await read(1 + (step % (newest + 1)));
  };
  await runPool(Array.from({ length: readers }), readers, reader, { deadline });
  for (const version of [...seen.keys()]) await read(version);
  const mismatched = [...seen].filter(([, shown]) => shown.size > 1).map(([version]) => version);
  return { readers, reads, versions: seen.size, newest, errors, mismatched };
}
