import type { StreamMetric } from './call-record.js';
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

/** How a value below 0 is out of range: no duration or metric can be negative. */
export const BELOW_ZERO = 'below 0';

/**
 * A duration in seconds: longer than any call (a Teams meeting ends at 30 hours) is an error of the log, not a call.
 * Read as logged, `callDuration: 1e20` made an end time past what a date can hold, and `participantDuration: -50` a
 * leave before the join.
 */
export const DURATION: ValueRange = { max: MAX_DURATION_SECONDS, over: 'over 31 days' };

/** An operation's durationMs: no operation of a call takes longer than the longest call (31 days) nor less than 0 ms. */
export const DURATION_MS: ValueRange = { max: MAX_DURATION_SECONDS * 1000, over: 'over 31 days' };

/** A value with no upper bound: a time in ms, a frame rate, a height in pixels, a count of packets, a bit rate. */
export const NOT_NEGATIVE: ValueRange = { max: Infinity, over: '' };

/**
 * A ratio, from 0 to 1: the article's packet loss rate ("greater than 10% (0.1)"; its example logs
 * `packetLossRateMax` 0.001769911) and healed data ratio ("greater than 0.1 (10%)"). `10`, meant as 10%, is no ratio.
 */
export const RATIO: ValueRange = { max: 1, over: 'a ratio over 1' };

/** A freeze in ms a minute: a minute holds 60,000 ms. */
export const MS_A_MINUTE: ValueRange = { max: 60_000, over: 'over the 60000 ms of a minute' };

/** What each CallDiagnostics metric can be. PacketUtilization is a count of packets, not a ratio. */
export const METRIC_RANGES: Readonly<Record<StreamMetric, ValueRange>> = {
  roundTripTimeAvg: NOT_NEGATIVE,
  roundTripTimeMax: NOT_NEGATIVE,
  jitterAvg: NOT_NEGATIVE,
  jitterMax: NOT_NEGATIVE,
  packetLossRateAvg: RATIO,
  packetLossRateMax: RATIO,
  jitterBufferSizeAvg: NOT_NEGATIVE,
  jitterBufferSizeMax: NOT_NEGATIVE,
  healedDataRatioAvg: RATIO,
  healedDataRatioMax: RATIO,
  videoFrameRateAvg: NOT_NEGATIVE,
  recvResolutionHeight: NOT_NEGATIVE,
  recvFreezeDurationPerMinuteInMs: MS_A_MINUTE,
  packetUtilization: NOT_NEGATIVE,
  videoBitRateAvg: NOT_NEGATIVE,
  videoBitRateMax: NOT_NEGATIVE,
};

/** How far a value is past its range (BELOW_ZERO, or the range's `over`); null for a value in it. */
export function outOfRange(n: number, range: ValueRange): string | null {
  if (n < 0) return BELOW_ZERO;
  return n > range.max ? range.over : null;
}
