import { fractionMilliseconds, isRealDateTime, utcMilliseconds, writtenTimeMs, ZONE_PATTERN } from './calendar-time.js';
import { type DayMonthOrder, parsePortalTime } from './portal-time.js';

/**
 * Timestamps as exports write them, to epoch milliseconds (UTC):
 * - ISO 8601 with or without zone ("2021-07-19T17:54:05.113Z", "2022-08-07T13:53:12Z", "2026-11-20 09:01:05.113");
 * - the Log Analytics portal's CSV locale forms ("11/20/2026, 9:01:05.113 AM", "20/11/2026, 10:31:44.902",
 *   "20.11.2026, 10:31:44,902", "2026/11/20 9:01:05.113": portal-time.ts), always UTC in an export headed "[UTC]".
 * A time without a zone is read as UTC: every ACS log time is UTC. A time is read right or not at all: an impossible
 * one (month 13, 30 February, 24:61:99) is null, as an unreadable one is, never rolled over into another (see
 * calendar-time.ts); the normaliser counts them, and stderr names the file.
 */
const ISO = new RegExp(
  String.raw`^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})[T ](?<hour>\d{2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:[.,](?<fraction>\d+))?)?${ZONE_PATTERN}$`,
  'i',
);

/** The last text read and its time: a record's own time, its call's and its leg's start are often one text. */
let lastText = '';
let lastOrder: DayMonthOrder | undefined;
let lastTime: number | null = null;

/** `order`: a CSV's, proved by its own dates (DayMonthOrder); without it a date is read as its form has it. */
export function parseTime(text: string | null, order?: DayMonthOrder): number | null {
  if (text === null) return null;
  if (text === lastText && order === lastOrder) return lastTime;
  const fast = isoUtcFast(text);
  const time = fast !== undefined ? fast : parseAnyTime(text, order);
  lastText = text;
  lastOrder = order;
  lastTime = time;
  return time;
}

/**
 * The form nearly every export writes, "2026-11-20T09:01:05.113Z" (or a space for T, 0-7 fraction digits, Z or no
 * zone), read from its character codes: the same result as the full reading below at a fraction of its cost, null
 * for an impossible time as there. undefined for any other form.
 */
export function isoUtcFast(s: string): number | null | undefined {
  const n = s.length;
  if (n < 19 || s.charCodeAt(4) !== 0x2d || s.charCodeAt(7) !== 0x2d || s.charCodeAt(13) !== 0x3a || s.charCodeAt(16) !== 0x3a) return undefined;
  const t = s.charCodeAt(10);
  if (t !== 0x54 && t !== 0x20) return undefined;
  const year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2), hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2);
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return undefined;
  if (!isRealDateTime(year, month, day, hour, minute, second)) return null;
  let end = n;
  const last = s.charCodeAt(n - 1);
  if (last === 0x5a || last === 0x7a) end--; // Z or z
  let ms = 0;
  if (end > 19) {
    if (s.charCodeAt(19) !== 0x2e || end === 20) return undefined;
    const count = end - 20;
    const frac = digits(s, 20, count);
    if (frac < 0) return undefined;
    ms = count <= 3 ? frac * 10 ** (3 - count) : fractionMilliseconds(s.slice(20, end));
  }
  return utcMilliseconds(year, month, day, hour, minute, second, ms);
}

/** The decimal number written by `count` digits at `from`, or -1 when any is not a digit. */
function digits(s: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const d = s.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** The full reading: ISO 8601 with any zone, then the portal's locale forms. Exported for the tests. */
export function parseAnyTime(text: string, order?: DayMonthOrder): number | null {
  const s = text.trim();
  const iso = ISO.exec(s)?.groups;
  return iso === undefined ? parsePortalTime(s, order) : writtenTimeMs(iso);
}

export function toIso(ms: number | null): string | null {
  if (ms === null) return null;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
