import { ambiguousMinutes, parseTimeBound, TIME_BOUND_FORMS, type TimeBound, timeBoundAt } from '../config/time-bound.js';
import type { TimeWindow } from '../rules/time-window.js';
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
  if (bound === null) throw new UsageError(`${flag} '${value}': expected ${TIME_BOUND_FORMS}`);
  return bound;
}

/** --since and --until together, at `now`: each optional; a window that no start time can fall in is a usage error. */
export function parseTimeWindow(since: string | undefined, until: string | undefined, now: number): TimeWindow {
  const window: TimeWindow = {
    since: since === undefined ? null : timeBoundAt(parseTimeFlag('--since', since), now),
    until: until === undefined ? null : timeBoundAt(parseTimeFlag('--until', until), now),
  };
  if (window.since !== null && window.until !== null && window.since >= window.until) {
    throw new UsageError(`--since ${new Date(window.since).toISOString()} is not before --until ${new Date(window.until).toISOString()}: no call can start in that window`);
  }
  return window;
}
