// The Summary after writes: a model created or deleted through the API shows in the Summary's model
// count on the very next request (a guard for anyone who caches the Summary without revalidating it).
import { ADMIN_TOKEN } from "../lib/server.mjs";
import { modelBodyFrom } from "./model-fields.mjs";
import { request } from "./pool.mjs";

const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };

async function summaryModelCount(base) {
  const { status, body } = await request(`${base}/en`);
  const tile = body.slice(body.indexOf('data-testid="key-figure-models"'));
  const match = tile.match(/>(\d+) models</);
  return status === 200 && match ? Number(match[1]) : null;
}

export async function summaryFreshness({ base }) {
  const list = await request(`${base}/api/models`);
  if (list.status !== 200) return { missing: `GET /api/models answered ${list.status}` };
  const template = JSON.parse(list.body).models[0];
  const before = await summaryModelCount(base);
  await summaryModelCount(base); // now certainly served from the cache
  const created = await request(`${base}/api/models`, {
    method: "POST",
    headers: { ...auth, "content-type": "application/json" },
    body: JSON.stringify(
      modelBodyFrom(template, { slug: "freshness-probe", nameEn: "Freshness probe", nameZh: "新鲜度探针" }),
    ),
  });
  const afterCreate = await summaryModelCount(base);
  const removed =
    created.status === 201
      ? await request(`${base}/api/models/freshness-probe`, {
          method: "DELETE",
          headers: { ...auth, "if-match": created.headers.get("etag") },
        })
      : null;
  const afterDelete = await summaryModelCount(base);
  const fresh =
    before !== null &&
    created.status === 201 &&
    afterCreate === before + 1 &&
    removed?.status === 204 &&
    afterDelete === before;
  return {
    before,
    createStatus: created.status,
    afterCreate,
    deleteStatus: removed?.status ?? null,
    afterDelete,
    fresh,
  };
}
