import { readFileSync } from "node:fs";
import path from "node:path";

import { parseFacts, parseFactsZh, type Facts, type FactsZh } from "./schema";

export const FACTS_PATH = path.join(process.cwd(), "prisma", "data", "facts.json");
export const FACTS_ZH_PATH = path.join(process.cwd(), "prisma", "data", "facts-zh.json");

export function loadFacts(file = FACTS_PATH): Facts {
  return parseFacts(JSON.parse(readFileSync(file, "utf8")));
}

/** The reviewed Chinese edition of facts.json's English texts. */
export function loadFactsZh(file = FACTS_ZH_PATH): FactsZh {
  return parseFactsZh(JSON.parse(readFileSync(file, "utf8")));
}
