// `npm run db:setup`: migrates and seeds whichever database DATABASE_URL points at (SQLite by default).
import { execFileSync } from "node:child_process";

import { databaseUrl, prismaConfigFile } from "../lib/db/url";

const run = (args: string[]) => execFileSync("npx", args, { stdio: "inherit" });
run(["prisma", "migrate", "deploy", "--config", prismaConfigFile(databaseUrl())]);
run(["tsx", "prisma/seed.ts"]);
