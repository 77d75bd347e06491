/**
 * The report formats of each command, in lower case, as the aliases below and the sort fields (sort-fields.ts): the
 * flags (parse-choice.ts) and the config file's `format` (config-schema.ts) take them in any case (choiceOf).
 */
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

/** The config file's `format`: either command's formats, `text` too (call's name for summarize's `table`). */
export const CONFIG_FORMATS = [...SUMMARIZE_FORMATS, 'text'] as const;

/**
 * The choice (or the choice an alias stands for: `table` for call's `text`) a value names, in any case: `JSON`,
 * `Markdown` and `Start` are `json`, `markdown` and `start`, as a person who read them in a sentence types them. The
 * choices and the aliases' names are lower case. Undefined when it names none.
 */
export function choiceOf<T extends string>(value: string, choices: readonly T[], aliases: ReadonlyMap<string, T> = new Map()): T | undefined {
  const lower = value.toLowerCase();
  return choices.find((choice) => choice === lower) ?? aliases.get(lower);
}
