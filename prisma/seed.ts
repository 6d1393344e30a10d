// Seeds the configured database from prisma/data/facts.json and facts-zh.json (run by `npm run db:setup`).
import { createPrismaClient } from "../lib/db/create-client";
import { loadFacts, loadFactsZh } from "../lib/facts/load";
import { seedDatabase } from "../lib/seed/seed-database";

const prisma = createPrismaClient();
try {
  const { skipped, dataMigrations = [] } = await seedDatabase(prisma, loadFacts(), loadFactsZh());
  if (dataMigrations.length > 0)
    console.log(`seed: data migrations run (see the audit log): ${dataMigrations.join(", ")}`);
  console.log(skipped ? "seed: database already seeded from these facts" : "seed: done");
} finally {
  await prisma.$disconnect();
}
