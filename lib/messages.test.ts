import { describe, expect, it } from "vitest";
import en from "../messages/en.json";
import zh from "../messages/zh.json";

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe("messages", () => {
  it("zh and en have the same keys", () => {
    expect(keyPaths(zh).sort()).toEqual(keyPaths(en).sort());
  });
  it("no message is empty", () => {
    const empty = [zh, en].flatMap((messages) => keyPaths(messages).filter((path) => path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages) === ""));
    expect(empty).toEqual([]);
  });
});
