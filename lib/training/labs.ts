import type { ModelRegion } from "@/lib/vocabulary";

/**
 * Where the lab behind each training run the note compares is based: DeepSeek (DeepSeek-V3) in
 * China, Meta (Llama 3) in the US. Charts colour a run by it, as the Models view colours models.
 */
const TRAINING_RUN_REGIONS: Record<string, ModelRegion> = { "deepseek-v3": "CN", "llama-3": "US" };

/** The region of a training run's lab (the two runs the note compares; any other run counts as US). */
export function trainingRunRegion(slug: string): ModelRegion {
  return TRAINING_RUN_REGIONS[slug] ?? "US";
}
