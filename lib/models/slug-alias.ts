import { slugify } from "@/lib/slug";

/**
 * Slugs a reader may type from the note's own spelling of a model, and the model they mean: the name
 * as the note prints it (GPT-o1 → /models/gpt-o1 means o1), and the pinyin of a Chinese name the note
 * uses (日日新 → ri-ri-xin), which slugify cannot derive.
 */
const PINYIN_ALIASES: Record<string, string> = { "ri-ri-xin": "sensenova-5-0", "ri-ri-xin-5-0": "sensenova-5-0" };

type AliasedModel = { slug: string; nameAsPrinted: string | null };

/** The slug of the model an unknown slug means, or null when it means none. */
export function modelSlugForAlias(slug: string, models: readonly AliasedModel[]): string | null {
  const known = new Set(models.map((model) => model.slug));
  const pinyin = PINYIN_ALIASES[slug];
  if (pinyin && known.has(pinyin)) return pinyin;
  const printed = models.find((model) => model.nameAsPrinted && slugify(model.nameAsPrinted) === slug);
  return printed && printed.slug !== slug ? printed.slug : null;
}
