import type { TimeWindow } from '../rules/time-window.js';
import { parseTime } from '../schema/parse-time.js';
import { UsageError } from './usage-error.js';

const UNIT_MS = new Map<string, number>([
  ['m', 60_000],
  ['h', 3_600_000],
  ['d', 86_400_000],
  ['w', 7 * 86_400_000],
]);
const RELATIVE = /^(\d+)([mhdw])$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A --since / --until value to epoch ms: an ISO 8601 time ("2026-11-20T09:00Z"; without a zone it is UTC, as every
 * ACS log time is; a bare date is its midnight UTC) or a duration back from `now`: 90m, 24h, 7d, 2w.
 */
export function parseTimeBound(flag: string, value: string, now: number): number {
  const text = value.trim();
  const relative = RELATIVE.exec(text);
  if (relative) return now - Number(relative[1]) * UNIT_MS.get(relative[2]!)!;
  const ms = parseTime(DATE_ONLY.test(text) ? `${text}T00:00Z` : text);
  if (ms === null || Number.isNaN(ms)) {
    throw new UsageError(`${flag} '${value}': expected an ISO 8601 time (2026-11-20T09:00Z) or a duration back from now (90m, 24h, 7d, 2w)`);
  }
  return ms;
}


/** --since and --until together: each optional; a window that no start time can fall in is a usage error. */
export function parseTimeWindow(since: string | undefined, until: string | undefined, now: number): TimeWindow {
  const window: TimeWindow = {
    since: since === undefined ? null : parseTimeBound('--since', since, now),
    until: until === undefined ? null : parseTimeBound('--until', until, now),
  };
  if (window.since !== null && window.until !== null && window.since >= window.until) {
    throw new UsageError(`--since ${new Date(window.since).toISOString()} is not before --until ${new Date(window.until).toISOString()}: no call can start in that window`);
  }
  return window;
}
