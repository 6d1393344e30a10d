import type { Options } from "nuqs";

/**
 * How an input writes the URL: replace the history entry (a dragged slider must not leave a hundred
 * Back steps), no scroll, no server round trip (the view computes on the client). nuqs throttles the
 * writes (50 ms). A debounced write (the address bar once the input pauses) was tried and dropped: a
 * write still pending when the reader switched language landed after the switch had begun and kept
 * the old locale's address (e2e/capex-actual.spec.ts).
 */
export const EDIT_URL_OPTIONS = {
  history: "replace",
  scroll: false,
  shallow: true,
} as const satisfies Options;

/**
 * How a Models filter writes the URL: a new history entry (like the sort and tab links beside it, so
 * Back undoes a filter), and the server renders the filtered rows (shallow: false).
 */
export const NAVIGATE_URL_OPTIONS = { history: "push", scroll: false, shallow: false } as const satisfies Options;
