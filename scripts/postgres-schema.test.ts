import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

import { POSTGRES_SCHEMA, postgresSchemaFrom, SQLITE_SCHEMA } from "./postgres-schema";

const sqlite = readFileSync(SQLITE_SCHEMA, "utf8");

describe("postgresSchemaFrom", () => {
  it("is what prisma/postgres/schema.prisma holds (run `npm run db:pg-schema` when this fails)", () => {
    expect(readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(postgresSchemaFrom(sqlite));
  });

  it("keeps every model and changes only the provider, URL and client folder", () => {
    const generated = postgresSchemaFrom(sqlite);
    const models = (schema: string) => schema.slice(schema.indexOf("\nmodel ") + 1);
    expect(models(generated)).toBe(models(sqlite));
    expect(generated).toMatch(/provider = "postgresql"/);
    expect(generated).toMatch(/output\s+= "\.\.\/\.\.\/lib\/generated\/prisma-pg"/);
    expect(generated).not.toMatch(/"sqlite"|file:/);
  });

  it("refuses a schema it cannot translate faithfully", () => {
    expect(() => postgresSchemaFrom(sqlite.replace('"sqlite"', '"mysql"'))).toThrow(/provider = "sqlite"/);
    expect(() => postgresSchemaFrom(sqlite.replace("String @unique", "String @unique @db.Text"))).toThrow(/@db\./);
  });
});
