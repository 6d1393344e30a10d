import { readFileSync } from "node:fs";
import path from "node:path";
import { parseFacts, type Facts } from "./schema";

export const FACTS_PATH = path.join(process.cwd(), "prisma", "data", "facts.json");

export function loadFacts(file = FACTS_PATH): Facts {
  return parseFacts(JSON.parse(readFileSync(file, "utf8")));
}
