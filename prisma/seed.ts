// Seeds the configured database from prisma/data/facts.json (run by `npm run db:setup`).
import { createPrismaClient } from "../lib/db/create-client";
import { loadFacts } from "../lib/facts/load";
import { seedDatabase } from "../lib/seed/seed-database";

const prisma = createPrismaClient();
try {
  const { skipped } = await seedDatabase(prisma, loadFacts());
  console.log(skipped ? "seed: database already seeded from these facts" : "seed: done");
} finally {
  await prisma.$disconnect();
}
