/** The report formats of each command. */
export const SUMMARIZE_FORMATS = ['table', 'json', 'junit', 'markdown', 'ndjson', 'github', 'csv'] as const;
export type SummarizeFormat = (typeof SUMMARIZE_FORMATS)[number];
export const CALL_FORMATS = ['text', 'json', 'markdown', 'junit'] as const;
export type CallFormat = (typeof CALL_FORMATS)[number];
