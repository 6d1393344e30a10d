import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";

// adapter-pg cannot map pg_catalog's `name` (OID 19) and `"char"` (OID 18) columns, which Prisma's
// schema engine reads when it migrates ("Column type 'name' could not be deserialized"). Both arrive
// as plain text on the wire, so the results report them as `text` (OID 25).
const CATALOG_TEXT_OIDS = new Set([18, 19]);
const TEXT_OID = 25;

type FieldsCarrier = { fields?: { dataTypeID: number }[] };

function catalogTypesAsText<T>(result: T): T {
  for (const part of Array.isArray(result) ? (result as unknown[]) : [result]) {
    for (const field of (part as FieldsCarrier | null)?.fields ?? []) {
      if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

/** A pg.Client whose query results report pg_catalog's `name` and `"char"` columns as text. */
export class CatalogTextClient extends pg.Client {
  // pg.Pool calls query() with a callback, a transaction's client with a promise; both are covered.
  override query(...args: unknown[]): never {
    const query = super.query as (...a: unknown[]) => unknown;
    const last = args.at(-1);
    if (typeof last === "function") {
      const callback = last as (error: Error | null, result: unknown) => void;
      return query.call(this, ...args.slice(0, -1), (error: Error | null, result: unknown) =>
        callback(error, error ? result : catalogTypesAsText(result)),
      ) as never;
    }
    const returned = query.apply(this, args);
    return (returned instanceof Promise ? returned.then(catalogTypesAsText) : returned) as never;
  }
}

/**
 * The pg.Pool settings for a postgres:// URL. The URL is split into fields (not passed as
 * `connectionString`) because adapter-pg opens its migrate shadow database by overriding
 * `database`, and pg lets a connection string win over that field.
 */
export function postgresPoolConfig(url: string): pg.PoolConfig {
  return { ...parseIntoClientConfig(url), Client: CatalogTextClient };
}
