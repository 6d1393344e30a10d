import { loadFacts } from "@/lib/facts/load";
import type { FilterableModel } from "@/lib/models/query";
import { slugify } from "@/lib/slug";

/** The note's 16 models shaped as the database holds them (as the seed maps facts.json), for unit tests. */
export function noteModels(): (FilterableModel & { slug: string })[] {
  return loadFacts().models.rows.map((row, index) => {
    const nameEn = row.model_en ?? row.model;
    return {
      id: index + 1,
      slug: slugify(nameEn),
      nameZh: row.model,
      nameEn,
      nameAsPrinted: row.model_as_printed ?? null,
      region: row.region,
      paramsB: row.params_b,
      inputs: row.input.join(","),
      outputs: row.output.join(","),
      openWeights: row.open,
      released: row.released,
      company: { slug: slugify(row.company_en), nameZh: row.company_zh, nameEn: row.company_en },
    };
  });
}
