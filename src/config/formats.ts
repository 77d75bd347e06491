/** The report formats of each command. */
export const SUMMARIZE_FORMATS = ['table', 'json', 'junit', 'markdown', 'ndjson', 'github', 'csv'] as const;
export type SummarizeFormat = (typeof SUMMARIZE_FORMATS)[number];
export const CALL_FORMATS = ['text', 'json', 'markdown', 'junit'] as const;
export type CallFormat = (typeof CALL_FORMATS)[number];

/**
 * The plain-text report is `table` to summarize (the calls' table) and `text` to call (one call's story). The config
 * file's `format` is shared by both commands, so each takes the other's name for its plain-text report, and so do
 * its `--format` and `--report`: one name cannot be right in the config and wrong on the command line.
 */
export const SUMMARIZE_FORMAT_ALIASES: ReadonlyMap<string, SummarizeFormat> = new Map([['text', 'table']]);
export const CALL_FORMAT_ALIASES: ReadonlyMap<string, CallFormat> = new Map([['table', 'text']]);
