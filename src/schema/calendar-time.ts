/**
 * Whether the fields of a written time name a real moment, and that moment: the one check both readers of times
 * make (log times, parse-time.ts, and the user's `--since` / `--until`, time-bound.ts). Date.UTC, and Date.parse for
 * some forms, roll an impossible field over into the next one ("2026-02-30" is 2 March, "24:61:99" is two days and a
 * bit later), which reads a wrong time as a right one: here such a time is no time.
 *
 * Second 60 (a leap second) is refused with the rest. ACS logs are written by .NET, whose DateTime cannot hold it,
 * and an ECMAScript Date cannot either; no leap second has been inserted since 2016-12-31 and the CGPM resolved in 2022
 * to stop inserting them. A ":60" in a log is an error of the log, and reading it as the next second would be a guess.
 * Hour 24 (ISO 8601's end of a day, which Date.parse takes as the next midnight) is refused too: no log writes it.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Gregorian (proleptic) leap years: every 4th, but not every 100th, but every 400th. */
function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Month 1-12, day 1 to its month's last (29 February in a leap year), hour 0-23, minute 0-59, second 0-59. */
export function isRealDateTime(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
  if (month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false;
  // Days 1-28 are in every month: the usual case costs no look-up.
  return day <= 28 || day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** A zone offset's hours 0-23 and minutes 0-59 (ISO 8601's range; Date.parse refuses the others as well). */
export function isRealZoneOffset(hours: number, minutes: number): boolean {
  return hours >= 0 && hours <= 23 && minutes >= 0 && minutes <= 59;
}

/**
 * The epoch milliseconds of fields already checked by isRealDateTime (`ms` 0-999). Date.UTC reads a year 0-99 as 1900-1999: such years are set apart.
 */
export function utcMilliseconds(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number {
  if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.setUTCHours(hour, minute, second, ms);
}

/**
 * The milliseconds of a fraction of a second written as its digits ("113", "1134567", "5"); 0 when none. Digits past
 * the third are cut off, not rounded: the Azure portal writes `.1235678` as `.123`, and so do Date.parse and .NET's
 * `fff`, so that the same moment exported two ways (a Log Analytics JSON row, the portal's CSV) is one moment, and a
 * time a tick before midnight on 31 December stays in its year (and inside an `--until` of that midnight).
 */
export function fractionMilliseconds(digits: string | undefined): number {
  if (digits === undefined || digits.length === 0) return 0;
  return Number(digits.length >= 3 ? digits.slice(0, 3) : digits.padEnd(3, '0'));
}

/**
 * The zone after an ISO 8601 time, as both readers of times take it (parse-time.ts, time-bound.ts): `Z`, or an offset
 * `±hh:mm`, `±hhmm` or `±hh` (ISO 8601 allows the hours alone: `+01`); also with one space before it and as `UTC` or
 * `GMT`, as people paste a time (`2026-11-20 09:00 +01:00`) and as this tool writes one (`2026-11-20 09:00:00 UTC`).
 * None of these reads two ways. Optional: without a zone a time is UTC. Sets the groups zoneSign, zoneHours, zoneMinutes.
 */
export const ZONE_PATTERN = String.raw`(?: ?(?:Z|UTC|GMT)| ?(?<zoneSign>[+-])(?<zoneHours>\d{2})(?::?(?<zoneMinutes>\d{2}))?)?`;

/**
 * The fields of a written time as a pattern's named groups give them (RegExpExecArray.groups): digits, absent where
 * the form has none. The pattern must have year, month and day.
 */
export interface WrittenTime {
  year?: string;
  month?: string;
  day?: string;
  hour?: string;
  minute?: string;
  second?: string;
  /** The digits after the decimal sign. */
  fraction?: string;
  /** "+" or "-" with an offset; absent for Z or no zone (UTC). */
  zoneSign?: string;
  zoneHours?: string;
  zoneMinutes?: string;
}

/** The UTC moment a written ISO 8601 time names (a missing hour, minute or second is 0), or null when impossible. */
export function writtenTimeMs(t: WrittenTime): number | null {
  const [year, month, day, hour, minute, second] = [+t.year!, +t.month!, +t.day!, +(t.hour ?? 0), +(t.minute ?? 0), +(t.second ?? 0)];
  if (!isRealDateTime(year, month, day, hour, minute, second)) return null;
  let offsetMs = 0;
  if (t.zoneSign !== undefined) {
    const [hours, minutes] = [+(t.zoneHours ?? 0), +(t.zoneMinutes ?? 0)];
    if (!isRealZoneOffset(hours, minutes)) return null;
    offsetMs = (t.zoneSign === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000;
  }
  return utcMilliseconds(year, month, day, hour, minute, second, fractionMilliseconds(t.fraction)) - offsetMs;
}
