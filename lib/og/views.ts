/** The views with a link preview of their chart; the keys are the /api/og/<view> paths. */
export const OG_VIEWS = ["summary", "models", "capex", "training"] as const;
export type OgView = (typeof OG_VIEWS)[number];

/** Every /api/og/<preview>: the views' charts, and one model of the note's table (/api/og/model?slug=o1). */
export const OG_PREVIEWS = [...OG_VIEWS, "model"] as const;
export type OgPreview = (typeof OG_PREVIEWS)[number];
