/** The orders of summarize's listing (--sort); quality is assessCalls' own order (poor first). */
export const SORT_FIELDS = ['quality', 'start', 'duration', 'poor-streams', 'legs', 'id'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
