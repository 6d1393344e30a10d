import type enMessages from "@/messages/en.json";

/** The capex view's strings ("Capex" messages, with {placeholders}), handed from the page to its client components. */
export type CapexLabels = (typeof enMessages)["Capex"];
