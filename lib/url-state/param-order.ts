/**
 * Every view's URL parameters in their documented order (README "Deep links"). Plain lists, so the
 * layout's URL adapter can order any view's query without loading the views' parsers; each view's
 * view-state.ts takes its names from here (a unit test checks them against the views' constants).
 */
export const VIEW_PARAM_ORDER = {
  capex: ["preset", "msft", "googl", "amzn", "meta", "aapl", "scenario", "section"],
  training: ["scale", "price"],
  models: ["region", "access", "company", "modality", "from", "to", "q", "sort", "dir", "view"],
} as const;

const ALL_VIEW_PARAMS: readonly string[] = Object.values(VIEW_PARAM_ORDER).flat();

/**
 * One URL per state: a view's parameters always appear in their documented order, whoever writes the
 * query (a link, an input through nuqs, Copy link), so the address bar and a shared link are the same
 * string. Parameters not in `order` (e.g. embed=1) keep their relative places after the known ones.
 */
export function inParamOrder(search: URLSearchParams, order: readonly string[] = ALL_VIEW_PARAMS): URLSearchParams {
  const rank = new Map(order.map((name, index) => [name, index]));
  const entries = [...search.entries()];
  const known = entries.filter(([name]) => rank.has(name)).sort(([a], [b]) => rank.get(a)! - rank.get(b)!);
  return new URLSearchParams([...known, ...entries.filter(([name]) => !rank.has(name))]);
}
