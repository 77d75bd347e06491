import { UNSAFE_CHARACTERS } from '../schema/visible-text.js';

/**
 * Characters that JSON.stringify leaves raw but a terminal may act on (DEL, C1 controls such as U+009B, a
 * CSI of its own) or that reorder what it shows (bidi overrides), the line separators U+2028/9, and those that
 * show as nothing (a tag character, a surrogate pair, is written as two escapes).
 */
const UNSAFE_IN_JSON = new RegExp(`[\\u2028\\u2029${UNSAFE_CHARACTERS}]`, 'gu');

/**
 * JSON text of a report: exact (every string parses back to what the log held), and safe to print on a
 * terminal, because the characters above are written as \u escapes (C0 controls JSON escapes already).
 */
export function jsonText(value: unknown, indent?: number): string {
  const text = JSON.stringify(value, null, indent);
  const safe = isPlainAscii(text) ? text : text.replace(UNSAFE_IN_JSON, escapeUnits);
  return safe.includes('##') ? safe.replace(RUNNER_COMMAND, '\\u0023') : safe;
}

/**
 * The first `#` of `##vso[` (Azure Pipelines' logging commands) and of `##[` (GitHub's legacy ones), which a CI
 * runner acts on anywhere in a line of a job's log (see safeText): written `\u0023`, the same string to a JSON reader.
 * A `#` is never outside a string in JSON, and no escape of JSON.stringify ends in one, so each is a string's `#`.
 */
const RUNNER_COMMAND = /#(?=#(?:vso)?\[)/gi;

/**
 * Whether the text is ASCII without DEL, so none of the characters above: its UTF-8 length is its length (~4 ms
 * for the bench export's 40 MB report, where the regular expression takes ~60 ms to find nothing).
 */
function isPlainAscii(text: string): boolean {
  return Buffer.byteLength(text, 'utf8') === text.length && !text.includes('\u007f');
}

function escapeUnits(text: string): string {
  let escaped = '';
  for (let i = 0; i < text.length; i++) escaped += `\\u${text.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return escaped;
}
