import "server-only";

import type { PrismaClient } from "../generated/prisma/client";
import { createPrismaClient } from "./create-client";

// One client per server process; dev hot reloads would otherwise open a new connection each time.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();
globalForPrisma.prisma = prisma;
