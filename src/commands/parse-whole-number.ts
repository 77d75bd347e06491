import { readFlagValue, readWholeNumber, ValueProblem } from '../config/written-number.js';
import { UsageError } from './usage-error.js';

/**
 * A flag's or variable's whole number of at least 1 (--limit, --threads, --max-record-bytes …), and at most `max`
 * when given, written in digits as JSON writes a number (config/written-number.ts): not `05`, `+5`, ` 5`, `1e3` or `1.5`.
 */
export function parseWholeNumber(name: string, text: string, max?: number): number {
  const expected = max === undefined ? undefined : `a whole number from 1 to ${max}, in digits (4)`;
  return readFlagValue(name, text, () => {
    const value = readWholeNumber(text, 1, expected);
    if (max !== undefined && value > max) throw new ValueProblem(`is more than ${max}`, expected!);
    return value;
  }, UsageError);
}
