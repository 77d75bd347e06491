import { flagValueMessage, readWholeNumber, ValueProblem } from '../config/written-number.js';
import { UsageError } from './usage-error.js';

/**
 * A flag's or variable's whole number of at least 1 (--limit, --threads, --max-record-bytes …), written in digits as
 * JSON writes a number (config/written-number.ts): not `05`, `+5`, ` 5`, `1e3` or `1.5`.
 */
export function parseWholeNumber(name: string, text: string): number {
  try {
    return readWholeNumber(text, 1);
  } catch (error) {
    if (error instanceof ValueProblem) throw new UsageError(flagValueMessage(name, text, error));
    throw error;
  }
}
