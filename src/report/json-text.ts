/**
 * Characters that JSON.stringify leaves raw but a terminal may act on (DEL, C1 controls such as U+009B, a
 * CSI of its own) or that reorder what it shows (bidi overrides), and the line separators U+2028/9.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text of a report: exact (every string parses back to what the log held), and safe to print on a
 * terminal, because the characters above are written as \u escapes (C0 controls JSON escapes already).
 */
export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
