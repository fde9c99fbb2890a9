/** The libraries compared, in the page and in the report. */
export const LIBRARIES = ["ours", "plot", "vega-lite"] as const;
export type Library = (typeof LIBRARIES)[number];
