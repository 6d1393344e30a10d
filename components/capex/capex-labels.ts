import type { Messages } from "next-intl";

/** The capex view's strings ("Capex" messages, with {placeholders}), handed from the page to its client components. */
export type CapexLabels = Messages["Capex"];
