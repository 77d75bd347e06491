import { STDIN_INPUT } from '../input/walk-paths.js';

/**
 * An input as a message names it: `-` as `- (standard input)`, which alone ("no call 'a60ad5d9' in -", "no call-log
 * records found in -") reads as a typo, whatever standard input held.
 */
export function inputName(input: string): string {
  return input === STDIN_INPUT ? `${STDIN_INPUT} (standard input)` : input;
}
