import {
  ambiguousMinutes,
  impossibleTime,
  namedTime,
  namedZone,
  parseTimeBound,
  spelledUnit,
  TIME_BOUND_FORMS,
  type TimeBound,
  timeBoundAt,
  twelveHourTime,
  zeroDuration,
} from '../config/time-bound.js';
import type { TimeWindow } from '../rules/time-window.js';
import { refuseOutsideDatetimeRange } from './time-bound-range.js';
import { UsageError } from './usage-error.js';

/** A --since / --until value, or a usage error naming the flag and the forms it takes. */
export function parseTimeFlag(flag: string, value: string): TimeBound {
  const bound = parseTimeBound(value);
  const amount = bound === null ? ambiguousMinutes(value) : null;
  if (amount !== null) {
    throw new UsageError(
      `${flag} '${value}': M is ambiguous (minutes or months?), so it is not taken: for ${amount} minutes write ${amount}m or ${amount}min; months are not a unit (give days or a date). Expected ${TIME_BOUND_FORMS}`,
    );
  }
  const zero = bound === null ? zeroDuration(value) : null;
  if (zero !== null) {
    // 0 is a whole number: say why it is not taken.
    const why = flag === '--since' ? 'no logged record is later than now' : 'leave --until out to read up to now';
    throw new UsageError(`${flag} '${value}': a duration back from now must be at least 1 (${zero} back is now: ${why})`);
  }
  if (bound !== null) return bound;
  if (impossibleTime(value)) {
    // Its form is right: "expected an ISO 8601 time" would not say what is wrong with it.
    throw new UsageError(
      `${flag} '${value}': there is no such date or time (a day past its month's end, hour 24, minute or second 60, or a zone past 23:59), as log times with one are not read`,
    );
  }
  const twelve = twelveHourTime(value);
  if (twelve !== null) {
    // "09:00 PM" was told "a zone by name (PM)": it is the clock, not the zone.
    const { mark, meant, zone } = twelve;
    if (zone?.read === false) {
      throw new UsageError(`${flag} '${value}': a 12-hour time (${mark}) is not read, nor a zone by name (${zone.text}): write the hour from 00 to 23, then the zone's offset ('${meant} -05', if it is -05)`);
    }
    throw new UsageError(`${flag} '${value}': a 12-hour time (${mark}) is not read: write the hour from 00 to 23 ('${meant}'${zone === null ? ', read as UTC: add its offset, -05, if it is not' : ''})`);
  }
  const zone = namedZone(value);
  if (zone !== null) {
    // CET or CEST, IST (India, Israel, Ireland): a name is an offset only with a date's daylight saving and a country.
    throw new UsageError(`${flag} '${value}': a zone by name (${zone}) is not read, as many names stand for more than one offset: give the offset (+01:00, -05), Z or UTC`);
  }
  // `1day`, `24hours` and `yesterday` were told every form the flag takes: what is wrong is said, with the value meant.
  const short = spelledUnit(value);
  if (short !== null) throw new UsageError(`${flag} '${value}': a unit is one letter (s, m or min, h, d, w): ${flag} ${short}`);
  if (namedTime(value)) {
    throw new UsageError(`${flag} '${value}': a time is not read by name: give a duration back from now (${flag} 24h, 1d, 7d) or a date (${flag} 2026-11-20, from its midnight UTC)`);
  }
  throw new UsageError(`${flag} '${value}': expected ${TIME_BOUND_FORMS}`);
}

/**
 * --since and --until together, at `now`: each optional; a window that no start time can fall in is a usage error.
 * `empty`: what the error says an empty window leaves out (kql's query selects records by TimeGenerated, not calls).
 */
export function parseTimeWindow(
  since: string | undefined,
  until: string | undefined,
  now: number,
  empty = 'no call can start in that window',
): TimeWindow {
  const window: TimeWindow = {
    since: since === undefined ? null : boundAt('--since', since, now),
    until: until === undefined ? null : boundAt('--until', until, now),
  };
  if (window.since !== null && window.until !== null && window.since >= window.until) {
    throw new UsageError(`--since ${new Date(window.since).toISOString()} is not before --until ${new Date(window.until).toISOString()}: ${empty}`);
  }
  return window;
}

/** The moment a --since / --until value names at `now`; one no log time can be (before year 1, after 9999) is refused. */
function boundAt(flag: string, text: string, now: number): number {
  const bound = parseTimeFlag(flag, text);
  const epochMs = timeBoundAt(bound, now);
  refuseOutsideDatetimeRange(flag, text, bound, epochMs, 'an ACS log holds', 'every call');
  return epochMs;
}
