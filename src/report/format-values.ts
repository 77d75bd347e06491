import { plainDecimal } from '../schema/plain-decimal.js';

/** Durations and times as people read them; one place for every renderer. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '-';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  // An hour or more keeps its seconds when it has any: "+1h 30m" and "+1h 30m 30s" are two times, not one.
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m${rest === 0 ? '' : ` ${String(rest).padStart(2, '0')}s`}`;
  return `${m}m ${String(rest).padStart(2, '0')}s`;
}

/** "2026-11-20 09:01:05" in UTC (every ACS log time is UTC). */
export function formatTime(ms: number | null): string {
  return formatIsoTime(isoOrNull(ms));
}

/** An ISO time of the JSON documents, shown as formatTime shows it. */
export function formatIsoTime(iso: string | null): string {
  return iso === null ? '-' : iso.slice(0, 19).replace('T', ' ');
}

/**
 * How a call without a call type (no CallSummary gives one) is named where a word must stand alone: JUnit's classname,
 * call's header. Not "unknown", which beside a verdict reads as unknown quality; a table's Type column shows '-'.
 */
export const NO_CALL_TYPE = 'no call type';

/** "1 call", "3 calls". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** An epoch-ms time as ISO 8601, or null when absent or out of the Date range (a duration of 1e20 s in a log). */
export function isoOrNull(ms: number | null): string | null {
  if (ms === null) return null;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A number without float noise: 0.14 not 0.14000000000000001, 612 not 612.0. */
export function formatNumber(value: number): string {
  return withDigits(value, 4);
}

/**
 * A number as formatNumber shows it, beside another it is compared with (a value and its limit), with as many more
 * significant digits as keep the two, shown alike, apart and in their order: 500.001 beside 500 is "500.001", not
 * "500", which would read "500 ms > 500 ms"; 500 beside 500.001 is "500". Give each of the two the other: both are then
 * shown to the same digits. The one place a value past a limit is made to read past it, for every report's wording.
 */
export function formatNumberBeside(value: number, other: number): string {
  const order = Math.sign(value - other);
  for (let digits = 4; digits <= 17; digits++) {
    const shown = withDigits(value, digits);
    if (Math.sign(Number(shown) - Number(withDigits(other, digits))) === order) return shown;
  }
  return formatNumber(value);
}

/** To `digits` significant digits; a small one in plain decimal (0.00000004286, not 4.286e-8), as a reader reads it. */
function withDigits(value: number, digits: number): string {
  if (Number.isInteger(value)) return String(value);
  const text = String(Number(value.toPrecision(digits)));
  return text.includes('e-') ? plainDecimal(Number(text)) : text;
}
