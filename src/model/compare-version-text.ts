import { compareText } from './compare-text.js';

const PARTS = /\d+|\D+/g;

/**
 * Orders version-like texts part by part, a run of digits by its number and any other run by its text
 * (compareText): 1.3.0 before 1.9.0 before 1.10.0, where their text puts 1.10.0 first. A text that is the start of
 * another comes first (1.10 before 1.10.0); texts of the same parts that differ only in leading zeros (1.01, 1.1)
 * by their text. A total order, the same on every machine: no locale, and numbers of any length.
 */
export function compareVersionText(a: string, b: string): number {
  const left = a.match(PARTS) ?? [];
  const right = b.match(PARTS) ?? [];
  for (let i = 0; i < left.length && i < right.length; i++) {
    const x = left[i]!;
    const y = right[i]!;
    const order = isDigits(x) && isDigits(y) ? compareNumbers(x, y) : compareText(x, y);
    if (order !== 0) return order;
  }
  return left.length - right.length || compareText(a, b);
}

function isDigits(part: string): boolean {
  const c = part.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Two runs of digits by the numbers they write, however long: fewer digits (past leading zeros) is smaller. */
function compareNumbers(x: string, y: string): number {
  const a = x.replace(/^0+/, '');
  const b = y.replace(/^0+/, '');
  return a.length - b.length || compareText(a, b);
}
