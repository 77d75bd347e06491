import { writtenTimeMs, ZONE_PATTERN } from '../schema/calendar-time.js';

/**
 * A point in time as the user writes it for `--since` / `--until` (summarize and kql alike): a duration back
 * from now (`90m` or `90min`, `24h`, `7d`, `2w`; also `30s`) or an ISO 8601 date or time (`2026-11-20`, `2026-11-20T08:00Z`,
 * `2026-11-20T10:00+02:00`, `2026-11-20 10:00 +02`: calendar-time.ts's ZONE_PATTERN). A time without a zone is UTC, as every ACS log time is; a bare date is its midnight UTC.
 * An impossible date or time (2026-02-30, 25:00, 24:00, 23:60) is refused by the check log times get (calendar-time.ts),
 * so that the bound and the times it is compared with are read by one rule.
 * Kept relative until used, so that kql can write `ago(24h)` rather than a moment frozen when the query was made.
 */
export type TimeUnit = 's' | 'm' | 'h' | 'd' | 'w';
export type TimeBound = { kind: 'ago'; amount: number; unit: TimeUnit } | { kind: 'at'; epochMs: number };

export const TIME_BOUND_FORMS =
  'an ISO 8601 time (2026-11-20T09:00Z, 2026-11-20 10:00 +01:00 or +01, UTC without a zone; or a date, 2026-11-20) or a duration back from now, a whole number then s, m or min, h, d or w (90m, 24h, 7d, 2w)';

const UNIT_MS = new Map<TimeUnit, number>([
  ['s', 1_000],
  ['m', 60_000],
  ['h', 3_600_000],
  ['d', 86_400_000],
  ['w', 7 * 86_400_000],
]);
// Units in either case but minutes: `M` is months to many (ISO 8601's P1M, date formats' MM), and a window of
// 90 minutes taken for 90 months, or the other way round, would be silently wrong; `90M` is refused (see
// ambiguousMinutes), `90min` (any case) is minutes.
const RELATIVE = /^\s*(\d{1,6})\s*(min|[smhdwSHDW])\s*$/i;
const MONTHS_OR_MINUTES = /^\s*(\d{1,6})\s*M\s*$/;
// The fraction takes as many digits as a log time's does (exports write 7; digits past the third are cut, as there).
const ISO = new RegExp(
  String.raw`^\s*(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:[T ](?<hour>\d{2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:[.,](?<fraction>\d+))?)?${ZONE_PATTERN})?\s*$`,
  'i',
);
/** A time followed by a zone's name or abbreviation (`CET`, `IST`, `Europe/Paris`), which ZONE_PATTERN does not read. */
const NAMED_ZONE = /^\s*\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?<zone>[A-Za-z][A-Za-z_/+-]*)\s*$/;

/** The parsed value, or null when the text is neither form. */
export function parseTimeBound(text: string): TimeBound | null {
  const relative = RELATIVE.exec(text);
  if (relative && relative[2] !== 'M') {
    const amount = Number(relative[1]);
    const unit = relative[2]!.toLowerCase();
    return amount > 0 ? { kind: 'ago', amount, unit: (unit === 'min' ? 'm' : unit) as TimeUnit } : null;
  }
  const iso = ISO.exec(text)?.groups;
  if (iso === undefined) return null;
  const epochMs = writtenTimeMs(iso);
  return epochMs === null ? null : { kind: 'at', epochMs };
}

/**
 * Whether the text is written as an ISO 8601 date or time that names no moment (`2026-02-30`, `24:00`, `23:60`, a zone
 * past 23:59): refused as every other text parseTimeBound does not read, but worth saying why, since its form is right.
 */
export function impossibleTime(text: string): boolean {
  const iso = ISO.exec(text)?.groups;
  return iso !== undefined && writtenTimeMs(iso) === null;
}

/** The zone name a time is written with (`2026-11-20 09:00 CET`), which is not read; else null. */
export function namedZone(text: string): string | null {
  const zone = NAMED_ZONE.exec(text)?.groups?.zone;
  // Z, UTC and GMT are read: a text with one that is not read is wrong elsewhere. AM and PM are no zone (twelveHourTime).
  return zone === undefined || /^(?:z|utc|gmt|am|pm)$/i.test(zone) ? null : zone;
}

/**
 * A time on the 12-hour clock (`2026-11-20 09:00 PM`, `9:30 a.m.`, `9 pm`), as a ticket or a US locale writes it, and
 * the zone after it, if any: one read (`Z`, `UTC`, `GMT`, `+02:00`) or a name (`EST`).
 */
const TWELVE_HOUR = /^\s*(?<date>\d{4}-\d{2}-\d{2})[T ](?<hour>\d{1,2})(?::(?<rest>\d{2}(?::\d{2}(?:[.,]\d+)?)?))?\s*(?<mark>[ap]\.?m\.?)(?:\s*(?<zone>z|utc|gmt|[+-]\d{2}(?::?\d{2})?)|\s*(?<name>[a-z][a-z_/+-]*))?\s*$/i;

/**
 * A time written on the 12-hour clock, which is not read (an hour of 24 is what ISO 8601 and the logs write), and the
 * same time on the 24-hour clock to write instead (`09:00 PM`: `2026-11-20 21:00`; `9 pm +02:00`: `2026-11-20 21:00
 * +02:00`), and the zone written after it: read, and in `meant`, or a name (`EST`), not read either; else null.
 */
export function twelveHourTime(text: string): { mark: string; meant: string; zone: { text: string; read: boolean } | null } | null {
  const { date, hour, rest, mark, zone, name } = TWELVE_HOUR.exec(text)?.groups ?? {};
  if (date === undefined || hour === undefined || mark === undefined) return null;
  const h = Number(hour);
  if (h < 1 || h > 12) return null;
  const h24 = (h % 12) + (/^p/i.test(mark) ? 12 : 0);
  const meant = `${date} ${String(h24).padStart(2, '0')}:${rest ?? '00'}${zone === undefined ? '' : ` ${zone}`}`;
  return { mark, meant, zone: zone !== undefined ? { text: zone, read: true } : name !== undefined ? { text: name, read: false } : null };
}

/** A duration of nothing back from now (`0m`, `0d`): the text as given, trimmed; else null. */
export function zeroDuration(text: string): string | null {
  const relative = RELATIVE.exec(text);
  return relative && relative[2] !== 'M' && Number(relative[1]) === 0 ? text.trim() : null;
}

/** The amount of a duration written with a capital M (`90M`: minutes or months?), which is refused; else null. */
export function ambiguousMinutes(text: string): string | null {
  return MONTHS_OR_MINUTES.exec(text)?.[1] ?? null;
}

/** A duration with its unit spelled out (`1day`, `24 hours`, `30mins`, `2wks`): its amount, and the unit as read. */
const SPELLED_UNIT = /^\s*(\d{1,6})\s*(?:(secs?|seconds?)|(mins|minutes?)|(hrs?|hours?)|(days?)|(wks?|weeks?))\s*$/i;

/** `24hours` as it is written here (`24h`); else null. */
export function spelledUnit(text: string): string | null {
  const match = SPELLED_UNIT.exec(text);
  if (match === null) return null;
  const unit = ['s', 'm', 'h', 'd', 'w'][match.slice(2).findIndex((part) => part !== undefined)]!;
  return `${match[1]}${unit}`;
}

/** A time named in words (`yesterday`, `today`, `last week`), which is not read. */
export function namedTime(text: string): boolean {
  return /^\s*(?:yesterday|today|tomorrow|now|last[\s_-]*(?:hour|night|day|week|month))\s*$/i.test(text);
}

/** The moment, in epoch ms, that the bound names at `now`. */
export function timeBoundAt(bound: TimeBound, now: number): number {
  return bound.kind === 'at' ? bound.epochMs : now - bound.amount * UNIT_MS.get(bound.unit)!;
}
