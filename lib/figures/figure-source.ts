import type { FigureOrigin } from "@/lib/vocabulary";

/** A figure's origin and its source: `source` is the badge's tooltip, `line` the sentence shown beside it. */
export type FigureSource = { origin: FigureOrigin; originLabel: string; source: string; line: string };
