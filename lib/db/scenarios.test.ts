import { describe, expect, it } from "vitest";

import { useTempDatabase } from "../testing/temp-database";
import { saveScenarioOnce } from "./scenarios";

describe("saveScenarioOnce", () => {
  const db = useTempDatabase();

  it("answers the existing scenario for the same name and state, and a new one otherwise", async () => {
    const first = await saveScenarioOnce(db.prisma, { name: "Bull", query: "preset=guidance&aapl=10" });
    const again = await saveScenarioOnce(db.prisma, { name: "Bull", query: "preset=guidance&aapl=10" });
    expect(again.id).toBe(first.id);
    const otherState = await saveScenarioOnce(db.prisma, { name: "Bull", query: "preset=flat" });
    const otherName = await saveScenarioOnce(db.prisma, { name: "Bear", query: "preset=guidance&aapl=10" });
    expect(new Set([first.id, otherState.id, otherName.id]).size).toBe(3);
    expect(await db.prisma.savedScenario.count()).toBe(3);
  });

  it("stores one row when identical saves race", async () => {
    const saves = await Promise.all(
      Array.from({ length: 8 }, () => saveScenarioOnce(db.prisma, { name: "Race", query: "preset=consensus" })),
    );
    expect(new Set(saves.map((saved) => saved.id)).size).toBe(1);
    expect(await db.prisma.savedScenario.count({ where: { name: "Race" } })).toBe(1);
  });
});
