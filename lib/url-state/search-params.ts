/** A page's searchParams as Next.js gives them. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

/** The first value of a possibly repeated query parameter. */
export function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
