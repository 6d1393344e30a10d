import type { Messages } from "next-intl";

/** The after-the-note panels' strings ("AfterNote" messages, with {placeholders}), handed from the page to its components. */
export type AfterNoteLabels = Messages["AfterNote"];
