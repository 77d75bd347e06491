import { MAX_DURATION_SECONDS } from './values.js';

/**
 * What a numeric field can be: from 0 to `max`. A value read past that is an error of the log, not a measurement
 * (a duration of -5 s, a packet loss of -0.5 or of 10, meant as 10%), and is counted as not read, as a number that
 * cannot be read is: judged as logged, it made a stream good or poor on nothing.
 */
export interface ValueRange {
  readonly max: number;
  /** How a value over `max` is out of range, as the warning says it. */
  readonly over: string;
}

/** How a value below 0 is out of range: no field the tool reads a number from can be negative. */
export const BELOW_ZERO = 'below 0';

/**
 * A duration in seconds: longer than any call (a Teams meeting ends at 30 hours) is an error of the log, not a call.
 * Read as logged, `callDuration: 1e20` made an end time past what a date can hold, and `participantDuration: -50` a
 * leave before the join.
 */
export const DURATION: ValueRange = { max: MAX_DURATION_SECONDS, over: 'over 31 days' };

/** How far a value is past its range (BELOW_ZERO, or the range's `over`); null for a value in it. */
export function outOfRange(n: number, range: ValueRange): string | null {
  if (n < 0) return BELOW_ZERO;
  return n > range.max ? range.over : null;
}
