/** The one research note this dashboard presents. */
export const REPORT_SLUG = "huatai-2025-01-27-deepseek";
