import { UsageError } from './usage-error.js';

/** A flag's or variable's whole number of at least 1 (--limit, --threads, --max-record-bytes …), white space around it allowed. */
export function parseWholeNumber(name: string, text: string): number {
  const value = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || !Number.isSafeInteger(value) || value < 1) throw new UsageError(`${name} '${text}': expected a whole number of at least 1`);
  return value;
}
