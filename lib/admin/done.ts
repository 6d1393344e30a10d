import { firstValue, type RawSearchParams } from "../url-state/search-params";

/**
 * What the admin list says after a write (the action redirects there): `?done=saved&model=o1&version=3`.
 * Only a known outcome with a key of the record's own shape is shown, so the page never repeats
 * arbitrary text from its URL.
 */
export type AdminDone = { done: "created" | "saved" | "deleted"; model?: string; capex?: number; version?: number };

const OUTCOMES = new Set(["created", "saved", "deleted"]);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function adminDonePath(locale: string, done: AdminDone): string {
  const query = new URLSearchParams({ done: done.done });
  if (done.model) query.set("model", done.model);
  if (done.capex !== undefined) query.set("capex", String(done.capex));
  if (done.version !== undefined) query.set("version", String(done.version));
  return `/${locale}/admin?${query}`;
}

export function parseAdminDone(query: RawSearchParams): AdminDone | null {
  const done = firstValue(query.done);
  const model = firstValue(query.model);
  const capex = firstValue(query.capex);
  const version = firstValue(query.version);
  if (!done || !OUTCOMES.has(done)) return null;
  const parsed: AdminDone = { done: done as AdminDone["done"] };
  if (model && model.length <= 80 && SLUG.test(model)) parsed.model = model;
  else if (capex && /^[1-9]\d{0,8}$/.test(capex)) parsed.capex = Number(capex);
  else return null;
  if (version && /^[1-9]\d{0,8}$/.test(version)) parsed.version = Number(version);
  return parsed;
}
