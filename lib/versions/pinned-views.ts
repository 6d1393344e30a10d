import type { VersionedEntity } from "@/lib/db/data-versions";

/** The views a `v=` link pins, and the changes view's `view=`. */
export const PINNED_VIEWS = ["capex", "models", "training"] as const;
export type PinnedView = (typeof PINNED_VIEWS)[number];

/**
 * The versioned tables each view shows: a pinned link's "N updates since" and its list of changes
 * count only these. Training reads the note's training runs and key figures, which no editor writes
 * (only the seed's text fixes do): they are not versioned, so a Training link has no updates since.
 */
export const VIEW_ENTITIES: Record<PinnedView, readonly VersionedEntity[]> = {
  capex: ["capexFigure", "companyBasis"],
  models: ["model"],
  training: [],
};

export const parsePinnedView = (value: string | undefined): PinnedView =>
  PINNED_VIEWS.find((view) => view === value) ?? "capex";
