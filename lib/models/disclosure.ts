/**
 * What the note's table, and the caveats stated beside it, say about a model's architecture and size.
 * The table marks mixture-of-experts (MoE) only for 日日新 5.0 and Grok-1; for every other row it is
 * silent, which is not the same as "no".
 */
import type { Messages } from "next-intl";

type DisclosedModel = { slug: string; moe: boolean; paramsB: number | null };

export type MoeMark =
  /** The note's table marks it MoE. */
  | { kind: "marked" }
  /** The table does not, but a stated caveat says it is MoE; `source` names the message citing it. */
  | { kind: "caveat"; totalB: number | null; activeB: number; source: MoeSourceKey }
  /** Neither the table nor a caveat says. */
  | { kind: "unmarked" };

/**
 * MoE models the note's table leaves unmarked, as their makers state them: DeepSeek's published
 * DeepSeek-R1 model card gives 671B total and 37B activated parameters (shared/report/README.md).
 */
type MoeSourceKey = Extract<keyof Messages["Models"], `moeSource${string}`>;
const MOE_PER_CAVEAT: Partial<Record<string, { activeB: number; source: MoeSourceKey }>> = {
  "deepseek-r1": { activeB: 37, source: "moeSourceDeepseekR1" },
};

/**
 * Parameter counts the note prints though the maker has not disclosed them: o1's 300B is the note's
 * figure, OpenAI has published none.
 */
const PARAMS_NOT_DISCLOSED_BY_MAKER: ReadonlySet<string> = new Set(["o1"]);

export function moeMark(model: DisclosedModel): MoeMark {
  if (model.moe) return { kind: "marked" };
  const caveat = MOE_PER_CAVEAT[model.slug];
  return caveat
    ? { kind: "caveat", totalB: model.paramsB, activeB: caveat.activeB, source: caveat.source }
    : { kind: "unmarked" };
}

/**
 * The MoE mark in the API's words, read-only beside the editable `moe` (the note's table mark): a bare
 * `false` would read as "not MoE" where the note is only silent, and DeepSeek-R1 is MoE per its caveat.
 */
export type MoeStatus = "moe-per-note" | "not-marked-in-note" | "moe-per-caveat";
const MOE_STATUS = { marked: "moe-per-note", unmarked: "not-marked-in-note", caveat: "moe-per-caveat" } as const;

export function moeStatus(model: DisclosedModel): MoeStatus {
  return MOE_STATUS[moeMark(model).kind];
}

/** A model resource as the read API sends it: with its three-state MoE status (not accepted on writes). */
export function withMoeStatus<T extends DisclosedModel>(model: T): T & { moeStatus: MoeStatus } {
  return { ...model, moeStatus: moeStatus(model) };
}

export type ParamsDisclosure =
  | { kind: "disclosed"; paramsB: number }
  /** The note's figure; the maker has not disclosed it. */
  | { kind: "noteOnly"; paramsB: number }
  /** The note says 未公开 (undisclosed). */
  | { kind: "undisclosed" };

export function paramsDisclosure(model: DisclosedModel): ParamsDisclosure {
  if (model.paramsB === null) return { kind: "undisclosed" };
  return PARAMS_NOT_DISCLOSED_BY_MAKER.has(model.slug)
    ? { kind: "noteOnly", paramsB: model.paramsB }
    : { kind: "disclosed", paramsB: model.paramsB };
}

/** Whether a charted parameter count is a MoE model's total (the chart shows totals, not active parameters). */
export function isMoeTotal(model: DisclosedModel): boolean {
  return moeMark(model).kind !== "unmarked";
}
