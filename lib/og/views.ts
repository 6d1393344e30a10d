/** The views with a link preview; the keys are the /api/og/<view> paths. */
export const OG_VIEWS = ["summary", "models", "capex", "training"] as const;
export type OgView = (typeof OG_VIEWS)[number];
