import { debounce, type Options } from "nuqs";

/** How long the address bar waits for an input to pause before it is written (issue #22). */
export const EDIT_URL_PAUSE_MS = 200;

/**
 * How an input writes the URL: replace the history entry (a dragged slider must not leave a hundred
 * Back steps), no scroll, no server round trip (the view computes on the client). The state changes
 * at once; the address bar once the input pauses (debounced): every history write makes Next's router
 * re-render what reads the search params, ~100 ms a write on a phone-speed CPU, and Chromium refuses
 * more than ~100 history updates per 10 s. Anything that shares the state meanwhile serialises the
 * state itself rather than reading a lagging address bar.
 */
export const EDIT_URL_OPTIONS = {
  history: "replace",
  scroll: false,
  shallow: true,
  limitUrlUpdates: debounce(EDIT_URL_PAUSE_MS),
} as const satisfies Options;

/**
 * How a Models filter writes the URL: a new history entry (like the sort and tab links beside it, so
 * Back undoes a filter), and the server renders the filtered rows (shallow: false).
 */
export const NAVIGATE_URL_OPTIONS = { history: "push", scroll: false, shallow: false } as const satisfies Options;
