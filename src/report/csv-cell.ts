import { safeText } from '../schema/visible-text.js';

/** What a spreadsheet may read as the start of a formula (OWASP "CSV injection"), tab and CR included. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A cell that must be quoted (RFC 4180): a comma, a quote or a line break in it, or space at its ends. */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * One CSV cell. Numbers the tool produced are written as numbers (a spreadsheet reads "-3" as minus three,
 * never as a formula). Text (anything from a log) is stripped of control characters, prefixed with a quote
 * mark when a spreadsheet would read it as a formula (=, +, -, @, tab, CR first, also after leading spaces),
 * and quoted per RFC 4180 when it holds a comma, a quote or a line break.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = safeText(value);
  if (FORMULA_START.test(text.trimStart()) || FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line, CRLF-terminated as RFC 4180 asks. */
export function csvRow(cells: Array<string | number | boolean | null>): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
