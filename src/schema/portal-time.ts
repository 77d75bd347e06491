import { fractionMilliseconds, isRealDateTime, utcMilliseconds } from './calendar-time.js';

/**
 * The times of a CSV exported from the Log Analytics portal, which writes each time as the portal shows it: in the
 * exporting user's locale. The Azure portal is "globalized on two dimensions: the display language and the format
 * culture", the latter "used to determine the culture formatting of dates", from "heuristics and user settings"
 * (Azure/portaldocs, portal-sdk/generated/top-extensions-localization-globalization.md); it formats dates with its
 * Globalization API, "a wrapper for the native Javascript library Intl" (en-GB gives "20/12/2012": same repository,
 * portal-sdk/generated/index-portalfx-extension-localization-globalization.md). The US form the portal is known to
 * export, "11/20/2026, 9:01:05.113 AM", is exactly what Intl.DateTimeFormat('en-US') writes with milliseconds, so the
 * forms read here are those Intl (CLDR) writes for the portal's languages and the common English ones. No Microsoft
 * page says what the Log Analytics export itself writes in each locale: a form not listed is not guessed, it is not
 * read (and the file's warning says so).
 *
 * Read, with "." or "," before the fraction, "." or ":" in the clock, "," or a space after the date:
 * - month first, with a 12-hour clock marked AM or PM in capitals: en-US "11/20/2026, 9:01:05.113 AM" (en-PH, fil);
 * - day first, without a marker: en-GB "20/11/2026, 09:01:05.113", fr "20/11/2026 09:01:05,113", es, it, pt
 *   "20/11/2026, 09:01:05,113", de, pl, ru "20.11.2026, 09:01:05,113", tr "20.11.2026 09:01:05,113", nl
 *   "20-11-2026, 09:01:05,113", cs "20. 11. 2026 9:01:05,113", id "20/11/2026, 09.01.05", da "20.11.2026, 09.01.05"
 *   (the clock in dots);
 * - day first, with a 12-hour clock marked am/pm in small letters or a.m./p.m.: en-AU, en-IN, en-NZ, en-SG, hi
 *   "20/11/2026, 9:01:05.113 pm", es-MX "20/11/2026, 9:01:05.113 p.m." (no locale writes month first so);
 * - year first, year-month-day: ja, zh-Hans "2026/11/20 9:01:05.113", sv "2026-11-20 09:01:05,113", hu
 *   "2026. 11. 20. 9:01:05,113", en-CA "2026-11-20, 9:01:05.113 a.m.".
 * Not read: ko and zh-Hant, which put their own marker before the clock ("오후 9:01", "下午9:01"), digits other than
 * 0-9 (ar, bn, mr), other markers (el "μ.μ."), fi's "klo", and a year past 2500: the Buddhist era th writes (2569 for
 * 2026), not a Gregorian year.
 *
 * The order of day and month is the form's, unless the file's own dates proved one (DayMonthOrder, decided by
 * src/input/date-order.ts: a CSV Excel saved in en-US writes "11/20/2026 9:01", month first with no marker). A field
 * that contradicts the order (a month over 12: "20/11/2026, 9:01 AM" with its AM/PM and no order proved, or "20/11/2026"
 * in a file an earlier date proved month first) makes the time unreadable, not read the other way round. What no field of the file proves stays a limit: a few day-first
 * locales write AM/PM in capitals too (en-AE; ta, te, kn, ml, gu, pa, ur), and their days 1-12 read as US dates.
 */
const PORTAL_TIME = new RegExp(
  [
    String.raw`^(?<a>\d{1,4})(?<dateSep>[/.-])\s?(?<b>\d{1,2})\k<dateSep>\s?(?<c>\d{1,4})\.?`, // 20/11/2026, 2026. 11. 20.
    String.raw`(?:,\s*|\s+)`,
    String.raw`(?<hour>\d{1,2})(?<clockSep>[:.])(?<minute>\d{2})(?:\k<clockSep>(?<second>\d{2})(?:[.,](?<fraction>\d{1,9}))?)?`,
    String.raw`(?:\s*(?<marker>AM|PM|am|pm|[ap]\.\s?m\.))?$`,
  ].join(''),
);

/**
 * The order of day and month a CSV's own dates proved (src/input/date-order.ts: a first field over 12 in one of them, or
 * a second), which wins over the form's for a date with the year last.
 */
export type DayMonthOrder = 'day-first' | 'month-first';

/** Past any Gregorian year a log holds, and below the Buddhist era's years of today (Gregorian + 543). */
const LAST_YEAR = 2500;

/** The UTC moment of a time in one of the portal's locale forms (trimmed), or null; `order`: its file's (see DayMonthOrder). */
export function parsePortalTime(text: string, order?: DayMonthOrder): number | null {
  const g = PORTAL_TIME.exec(text)?.groups;
  if (g === undefined) return null;
  const { a, b, c, marker } = g as { a: string; b: string; c: string; marker?: string };
  let year: number;
  let month: number;
  let day: number;
  if (a.length === 4 && c.length <= 2) {
    [year, month, day] = [+a, +b, +c];
  } else if (c.length === 4 && a.length <= 2) {
    year = +c;
    const monthFirst = order === undefined ? marker === 'AM' || marker === 'PM' : order === 'month-first';
    [month, day] = monthFirst ? [+a, +b] : [+b, +a];
  } else {
    return null;
  }
  const hour = marker === undefined ? Number(g.hour) : twentyFourHour(Number(g.hour), marker);
  const minute = Number(g.minute);
  const second = g.second === undefined ? 0 : Number(g.second);
  if (year > LAST_YEAR || !isRealDateTime(year, month, day, hour, minute, second)) return null;
  return utcMilliseconds(year, month, day, hour, minute, second, fractionMilliseconds(g.fraction));
}

/** A 12-hour clock's hour (1-12) as 0-23: 12 AM is 0, 12 PM is 12; -1 for an hour a 12-hour clock never shows. */
function twentyFourHour(hour: number, marker: string): number {
  if (hour < 1 || hour > 12) return -1;
  const pm = marker.charAt(0).toLowerCase() === 'p';
  return (hour % 12) + (pm ? 12 : 0);
}
