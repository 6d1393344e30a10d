import { afterAll, expect, it } from "vitest";

import { createTempDatabase } from "@/lib/testing/temp-database";

// createTempDatabase uses createPrismaClient, so these run through the app's own adapter setup.
const db = createTempDatabase();
afterAll(() => db.dispose());
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Another request's transaction that holds the connection for a while, then fails (e.g. a 412). */
function failingTransaction(
  work: (tx: Parameters<Parameters<typeof db.prisma.$transaction>[0]>[0]) => Promise<unknown> = async () => {},
) {
  return db.prisma
    .$transaction(async (tx) => {
      await work(tx);
      await sleep(100);
      throw new Error("version conflict");
    })
    .catch(() => "rolled back");
}

it("keeps a plain write made while another request's transaction is open when that one rolls back", async () => {
  const other = failingTransaction((tx) => tx.appMeta.findFirst());
  await sleep(20);
  await db.prisma.savedScenario.create({ data: { id: "AAAAAAAAAA", name: "mine", query: "preset=flat" } });
  expect(await other).toBe("rolled back");
  expect(await db.prisma.savedScenario.findUnique({ where: { id: "AAAAAAAAAA" } })).not.toBeNull();
});

it("never lets a plain read see another transaction's uncommitted row", async () => {
  const other = failingTransaction((tx) => tx.appMeta.create({ data: { key: "uncommitted", value: "x" } }));
  await sleep(20);
  expect(await db.prisma.appMeta.findUnique({ where: { key: "uncommitted" } })).toBeNull();
  expect(await other).toBe("rolled back");
});

it("still runs transactions one after another and commits them", async () => {
  await Promise.all(
    ["a", "b", "c"].map((key) =>
      db.prisma.$transaction(async (tx) => {
        await tx.appMeta.create({ data: { key, value: "1" } });
        await sleep(10);
      }),
    ),
  );
  expect(await db.prisma.appMeta.count({ where: { key: { in: ["a", "b", "c"] } } })).toBe(3);
});
