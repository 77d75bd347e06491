import { choiceOf } from '../config/formats.js';

/** The format a report file's extension names, for `--report out.json` written without its format. */
const FORMAT_OF_EXTENSION: Record<string, readonly string[]> = {
  json: ['json'],
  xml: ['junit'],
  md: ['markdown'],
  markdown: ['markdown'],
  csv: ['csv'],
  ndjson: ['ndjson'],
  jsonl: ['ndjson'],
  txt: ['table', 'text'],
};

/**
 * What `--report <text>` without `<format>=<path>` should have been, as the rest of its error line: the line with
 * the text put right when it says how (`out.json` → `json=out.json`, by the extension of a format the command
 * writes; `json:out.json` → `json=out.json`; `json`, whose path the shell made a word of its own, an input, →
 * `json=<path>`), else the form with an example.
 */
export function reportFlagHint(text: string, formats: readonly string[], aliases: ReadonlyMap<string, string> = new Map()): string {
  // In any case, as --report takes it (parse-choice.ts): `--report JSON`, its path a word of its own, is `JSON=<path>`.
  const isFormat = (word: string): boolean => choiceOf(word, formats, aliases) !== undefined;
  const eq = text.indexOf('=');
  if (eq < 0 && isFormat(text)) return `expected ${text}=<path>, the path in the same word, after '=' (${text}=out/report.${extensionOf(text.toLowerCase())})`;
  const colon = /^([a-z]+):(.+)$/i.exec(text);
  if (eq < 0 && colon !== null && isFormat(colon[1]!)) return `expected <format>=<path>: ${colon[1]}=${colon[2]}`;
  const path = eq === 0 ? text.slice(1) : text;
  const extension = /\.([A-Za-z]+)$/.exec(path)?.[1]?.toLowerCase();
  // A format the command writes by that name before an alias (call's `text`, not `table`, for a .txt).
  const names = FORMAT_OF_EXTENSION[extension ?? ''] ?? [];
  const format = names.find((name) => formats.includes(name)) ?? names.find(isFormat);
  if (format !== undefined && path !== '') return `expected <format>=<path>, the format first: ${format}=${path}`;
  return 'expected <format>=<path>, e.g. junit=out/calls.xml';
}

function extensionOf(format: string): string {
  return Object.entries(FORMAT_OF_EXTENSION).find(([, names]) => names.includes(format))?.[0] ?? 'txt';
}
