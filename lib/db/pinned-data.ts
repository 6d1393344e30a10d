import "server-only";

import { cache } from "react";

import { VIEW_ENTITIES, type PinnedView } from "@/lib/versions/pinned-views";

import { prisma } from "./client";
import {
  changesSince,
  countVersionsAfter,
  findDataVersion,
  latestDataVersion,
  readSnapshotAsOf,
  type DataSnapshot,
} from "./data-versions";

/**
 * What a link's `v=` resolves to: `pinned` when the version exists (with when it was made and how
 * many versions came after), `unknown` when the link names one this database never had (the view then
 * shows the current data with a notice), and `latest`, the version Copy link pins a current view to.
 */
export type DataVersionPin = {
  pinned: { version: number; createdAt: string; updatesSince: number } | null;
  unknown: number | null;
  latest: number | null;
  latestCreatedAt: string | null;
};

/**
 * Resolves a link's version once per request (React cache), for the page, its metadata and its card;
 * its updates since are those of the rows `view` shows (lib/versions/pinned-views.ts).
 */
export const resolveDataVersion = cache(async (requested: number | null, view: PinnedView): Promise<DataVersionPin> => {
  const [newest, found] = await Promise.all([
    latestDataVersion(prisma).then((id) => (id === null ? null : findDataVersion(prisma, id))),
    requested === null ? null : findDataVersion(prisma, requested),
  ]);
  const latest = newest?.id ?? null;
  const latestCreatedAt = newest?.createdAt.toISOString() ?? null;
  if (requested === null || !found) return { pinned: null, unknown: requested, latest, latestCreatedAt };
  return {
    pinned: {
      version: found.id,
      createdAt: found.createdAt.toISOString(),
      updatesSince: await countVersionsAfter(prisma, found.id, VIEW_ENTITIES[view]),
    },
    unknown: null,
    latest,
    latestCreatedAt,
  };
});

// A committed version's rows never change (versions are numbered in commit order), so they are kept
// for the life of the process, without limit: a pinned link's figures are read from the database once.
const snapshots = new Map<number, Promise<DataSnapshot>>();

/** The versioned rows as of `version` (an existing one: resolve it first). */
export function snapshotAt(version: number): Promise<DataSnapshot> {
  let snapshot = snapshots.get(version);
  if (!snapshot) {
    snapshot = readSnapshotAsOf(prisma, version);
    snapshots.set(version, snapshot);
    snapshot.catch(() => snapshots.delete(version));
  }
  return snapshot;
}

/** The row changes since `version` (for the "what changed" view). */
export function listChangesSince(version: number) {
  return changesSince(prisma, version);
}
