/**
 * Values written into KQL text. Numbers print in plain decimal (0.1, never 1e-1); strings are double-quoted with
 * escapes; text for a `//` comment loses line breaks and control characters, so it cannot end the comment.
 */
import { plainDecimal } from '../schema/plain-decimal.js';

/** A number as a KQL literal: plain decimal digits; an integer too large for `long` gets `.0` and becomes a real. */
export function kqlNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const plain = plainDecimal(value);
  return Number.isInteger(value) && Math.abs(value) > Number.MAX_SAFE_INTEGER ? `${plain}.0` : plain;
}

/** A KQL string literal. */
export function kqlString(value: string): string {
  const escaped = value.replace(/[\\"\u0000-\u001f\u007f]/g, (ch) => {
    if (ch === '\\') return '\\\\';
    if (ch === '"') return '\\"';
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    if (ch === '\t') return '\\t';
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `"${escaped}"`;
}

/** Text safe inside a `//` comment: one line, no control or bidi-override characters. */
export function kqlCommentText(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g, ' ');
}
