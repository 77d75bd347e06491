import { UNSAFE_CHARACTERS } from './terminal-text.js';

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
  return JSON.stringify(value, null, indent).replace(UNSAFE_IN_JSON, escapeUnits);
}

function escapeUnits(text: string): string {
  let escaped = '';
  for (let i = 0; i < text.length; i++) escaped += `\\u${text.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return escaped;
}
