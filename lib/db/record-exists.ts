import "server-only";

import { prisma } from "./client";

/** Whether a model page (/models/<slug>) has a model to show: asked by the proxy before the page renders. */
export async function modelSlugExists(slug: string): Promise<boolean> {
  return (await prisma.aiModel.findUnique({ where: { slug }, select: { slug: true } })) !== null;
}

/** Whether a short link (/s/<id>) names a saved scenario. */
export async function savedScenarioExists(id: string): Promise<boolean> {
  return (await prisma.savedScenario.findUnique({ where: { id }, select: { id: true } })) !== null;
}
