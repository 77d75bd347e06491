/**
 * Timestamps as exports write them, to ISO 8601 UTC:
 * - ISO 8601 with or without zone ("2021-07-19T17:54:05.113Z", "2022-08-07T13:53:12Z", "2026-11-20 09:01:05.113");
 * - the Log Analytics portal's CSV locale form ("11/20/2026, 9:01:05.113 AM"), always UTC in an export headed "[UTC]".
 * A time without a zone is read as UTC: every ACS log time is UTC.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const PORTAL = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*([AP]M)?$/i;

export function parseTime(text: string | null): number | null {
  if (text === null) return null;
  const s = text.trim();
  let m = ISO.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, sec, frac, zone] = m;
    const base = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +(sec ?? 0), fraction(frac));
    return base - zoneOffsetMs(zone);
  }
  m = PORTAL.exec(s);
  if (m) {
    const [, mo, d, y, h, mi, sec, frac, ampm] = m;
    let hour = +h!;
    if (ampm) {
      const pm = ampm.toUpperCase() === 'PM';
      if (hour === 12) hour = pm ? 12 : 0;
      else if (pm) hour += 12;
    }
    return Date.UTC(+y!, +mo! - 1, +d!, hour, +mi!, +(sec ?? 0), fraction(frac));
  }
  return null;
}

function fraction(frac: string | undefined): number {
  if (!frac) return 0;
  return Math.round(Number(`0${frac}`) * 1000);
}

function zoneOffsetMs(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
}

export function toIso(ms: number | null): string | null {
  if (ms === null) return null;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
