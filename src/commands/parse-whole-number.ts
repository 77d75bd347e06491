import { readFlagValue, readWholeNumber } from '../config/written-number.js';
import { UsageError } from './usage-error.js';

/**
 * A flag's or variable's whole number of at least 1 (--limit, --threads, --max-record-bytes …), written in digits as
 * JSON writes a number (config/written-number.ts): not `05`, `+5`, ` 5`, `1e3` or `1.5`.
 */
export function parseWholeNumber(name: string, text: string): number {
  return readFlagValue(name, text, () => readWholeNumber(text, 1), UsageError);
}
