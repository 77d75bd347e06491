/**
 * A point in time as the user writes it for `--since` / `--until` (summarize and kql alike): a duration back
 * from now (`90m`, `24h`, `7d`, `2w`; also `30s`) or an ISO 8601 date or time (`2026-11-20`, `2026-11-20T08:00Z`,
 * `2026-11-20T10:00+02:00`). A time without a zone is UTC, as every ACS log time is; a bare date is its midnight UTC.
 * Kept relative until used, so that kql can write `ago(24h)` rather than a moment frozen when the query was made.
 */
export type TimeUnit = 's' | 'm' | 'h' | 'd' | 'w';
export type TimeBound = { kind: 'ago'; amount: number; unit: TimeUnit } | { kind: 'at'; epochMs: number };

export const TIME_BOUND_FORMS = 'an ISO 8601 time (2026-11-20T09:00Z, UTC without a zone) or a duration back from now (90m, 24h, 7d, 2w)';

const UNIT_MS = new Map<TimeUnit, number>([
  ['s', 1_000],
  ['m', 60_000],
  ['h', 3_600_000],
  ['d', 86_400_000],
  ['w', 7 * 86_400_000],
]);
const RELATIVE = /^\s*(\d{1,6})\s*([smhdw])\s*$/i;
const ISO = /^\s*(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?)?\s*$/i;

/** The parsed value, or null when the text is neither form. */
export function parseTimeBound(text: string): TimeBound | null {
  const relative = RELATIVE.exec(text);
  if (relative) {
    const amount = Number(relative[1]);
    return amount > 0 ? { kind: 'ago', amount, unit: relative[2]!.toLowerCase() as TimeUnit } : null;
  }
  const iso = ISO.exec(text);
  if (!iso) return null;
  const [, date, time, zone] = iso;
  const offset = zone === undefined ? 'Z' : zone.toUpperCase().replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const normalised = time === undefined ? `${date}T00:00:00Z` : `${date}T${time}${offset}`;
  const epochMs = Date.parse(normalised);
  // Date.parse rolls 2026-02-30 over to March: a date must read back as itself.
  if (Number.isNaN(epochMs) || new Date(Date.parse(`${date}T00:00:00Z`)).toISOString().slice(0, 10) !== date) return null;
  return { kind: 'at', epochMs };
}

/** The moment, in epoch ms, that the bound names at `now`. */
export function timeBoundAt(bound: TimeBound, now: number): number {
  return bound.kind === 'at' ? bound.epochMs : now - bound.amount * UNIT_MS.get(bound.unit)!;
}
