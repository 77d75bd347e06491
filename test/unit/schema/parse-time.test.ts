import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isoUtcFast, parseAnyTime, parseTime } from '../../../src/schema/parse-time.js';

const at = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0) => Date.UTC(year, month - 1, day, hour, minute, second, ms);

test('times: ISO with and without zone', () => {
  assert.equal(parseTime('2021-07-19T17:54:05.113Z'), at(2021, 7, 19, 17, 54, 5, 113));
  assert.equal(parseTime('2022-08-07T13:53:12Z'), at(2022, 8, 7, 13, 53, 12));
  assert.equal(parseTime('2026-11-20 09:01:05.1134567'), at(2026, 11, 20, 9, 1, 5, 113));
  assert.equal(parseTime('2026-11-20T10:01:05+01:00'), at(2026, 11, 20, 9, 1, 5));
  assert.equal(parseTime('2026-11-20T10:01:05-0130'), at(2026, 11, 20, 11, 31, 5));
  assert.equal(parseTime('yesterday'), null);
  assert.equal(parseTime(null), null);
});

test('times: the fast reading of the usual ISO form agrees with the full one at its edges', () => {
  // Every fraction length, Z or z or no zone, a space for T: the forms read by character codes.
  assert.equal(parseTime('2026-11-20T10:01:05.5'), at(2026, 11, 20, 10, 1, 5, 500));
  assert.equal(parseTime('2026-11-20T10:01:05.12Z'), at(2026, 11, 20, 10, 1, 5, 120));
  assert.equal(parseTime('2026-11-20t10:01:05.1234567z'), at(2026, 11, 20, 10, 1, 5, 123));
  // Digits past the millisecond are cut off, as the portal's CSV, Date.parse and .NET write them: never into the next second or year.
  assert.equal(parseTime('2026-11-20T10:01:05.9996Z'), at(2026, 11, 20, 10, 1, 5, 999));
  assert.equal(parseTime('2026-11-20T08:31:07.1235678Z'), at(2026, 11, 20, 8, 31, 7, 123));
  assert.equal(parseTime('2026-12-31T23:59:59.9999999Z'), at(2026, 12, 31, 23, 59, 59, 999));
  assert.equal(parseTime('2026-12-31T23:59:59.9999999+00:00'), at(2026, 12, 31, 23, 59, 59, 999));
  assert.equal(parseTime('2026-11-20 10:01:05'), at(2026, 11, 20, 10, 1, 5));
  // Not that form: the full reading decides, as before.
  assert.equal(parseTime('2026-11-20T10:01:05.Z'), null);
  assert.equal(parseTime(' 2026-11-20T10:01:05Z '), at(2026, 11, 20, 10, 1, 5));
  assert.equal(parseTime('2026-1a-20T10:01:05Z'), null);
  assert.equal(parseTime('2026-11-20X10:01:05Z'), null);
  // The same text twice in a row (the last one is remembered) and then another.
  assert.equal(parseTime('2026-11-20T10:01:05Z'), parseTime('2026-11-20T10:01:05Z'));
  assert.equal(parseTime('yesterday'), null);
});

test('times: the portal CSV in each locale form it writes (Intl, in the user format culture)', () => {
  const cases: Array<[string, number]> = [
    // en-US: month first, 12-hour clock marked AM/PM in capitals.
    ['11/20/2026, 9:01:05.113 AM', at(2026, 11, 20, 9, 1, 5, 113)],
    ['11/20/2026, 9:01:05.113 PM', at(2026, 11, 20, 21, 1, 5, 113)],
    ['11/20/2026, 12:00:00.000 AM', at(2026, 11, 20, 0, 0, 0)],
    ['11/20/2026, 12:30:00 PM', at(2026, 11, 20, 12, 30, 0)],
    ['5/11/2026, 9:01 AM', at(2026, 5, 11, 9, 1)],
    // en-GB, fr, es, it, pt: day first, 24-hour.
    ['20/11/2026, 10:31:44.902', at(2026, 11, 20, 10, 31, 44, 902)],
    ['05/11/2026, 09:31:44.902', at(2026, 11, 5, 9, 31, 44, 902)],
    ['20/11/2026 09:01:05,113', at(2026, 11, 20, 9, 1, 5, 113)],
    ['20/11/2026, 9:01:05,113', at(2026, 11, 20, 9, 1, 5, 113)],
    // de, pl, ru, tr (a dot date; a dot or a comma before the fraction), nl (a dash), cs (spaced), da (a dotted clock).
    ['20.11.2026, 10:31:44.902', at(2026, 11, 20, 10, 31, 44, 902)],
    ['05.11.2026, 09:01:05,113', at(2026, 11, 5, 9, 1, 5, 113)],
    ['20.11.2026 09:01:05,113', at(2026, 11, 20, 9, 1, 5, 113)],
    ['20-11-2026, 09:01:05,113', at(2026, 11, 20, 9, 1, 5, 113)],
    ['20. 11. 2026 9:01:05,113', at(2026, 11, 20, 9, 1, 5, 113)],
    ['20.11.2026, 09.01.05,113', at(2026, 11, 20, 9, 1, 5, 113)],
    // en-AU, en-IN, hi: day first, 12-hour clock marked in small letters; es-MX: p.m.
    ['05/11/2026, 9:01:05.113 pm', at(2026, 11, 5, 21, 1, 5, 113)],
    ['20/11/2026, 12:01:05.113 am', at(2026, 11, 20, 0, 1, 5, 113)],
    ['05/11/2026, 9:01:05.113 p.m.', at(2026, 11, 5, 21, 1, 5, 113)],
    // ja, zh-Hans, sv, hu, en-CA: year first.
    ['2026/11/20 9:01:05.113', at(2026, 11, 20, 9, 1, 5, 113)],
    ['2026/05/11 09:01:05.113', at(2026, 5, 11, 9, 1, 5, 113)],
    ['2026-11-20 09:01:05,113', at(2026, 11, 20, 9, 1, 5, 113)],
    ['2026. 11. 20. 9:01:05,113', at(2026, 11, 20, 9, 1, 5, 113)],
    ['2026-11-20, 9:01:05.113 a.m.', at(2026, 11, 20, 9, 1, 5, 113)],
    // The narrow no-break space some browsers write before AM/PM.
    ['11/20/2026, 9:01:05.113\u202fAM', at(2026, 11, 20, 9, 1, 5, 113)],
  ];
  for (const [text, expected] of cases) assert.equal(parseTime(text), expected, text);
});

test('times: a field that contradicts its form is not read, rather than read the other way round', () => {
  // AM/PM says month first; 20 cannot be a month (en-AU or en-AE written in capitals).
  assert.equal(parseTime('20/11/2026, 9:01:05.113 AM'), null);
  // No marker says day first; 20 cannot be a month (en-US with a 24-hour clock).
  assert.equal(parseTime('11/20/2026, 09:01:05.113'), null);
  assert.equal(parseTime('11/20/2026, 9:01:05.113 pm'), null);
  // Neither order reads it.
  assert.equal(parseTime('20/20/2026, 09:01:05'), null);
  assert.equal(parseTime('20.13.2026, 10:31:44.902'), null);
});

test('times: forms not read are not guessed', () => {
  for (const text of [
    '2026. 11. 20. 오후 9:01:05.113', // ko: the marker before the clock
    '2026/11/20 下午9:01:05.113', // zh-Hant
    '20/11/2569 9:01:05.113', // th: the Buddhist era
    '20.11.2026 klo 9.01.05,113', // fi
    '20/11/2026, 9:01:05,113 μ.μ.', // el
    '١١/٢٠/٢٠٢٦، ٩:٠١:٠٥٫١١٣ ص', // Arabic digits
    '20/11/26, 09:01', // a two-digit year
    '20/11.2026, 09:01', // two separators
    '11/20/2026, 13:01:05 PM', // no 12-hour clock shows 13
    '11/20/2026, 0:01:05 AM', // nor 0
    '20/11/2026, 09:01:05.113 Am',
  ]) {
    assert.equal(parseTime(text), null, text);
  }
});

test('times: impossible values are refused in every form, never rolled over', () => {
  for (const text of [
    '2026-11-31T24:61:99Z', // the QA reproduction: was 2026-12-02T01:02:39Z
    '2026-02-30T09:00:00Z', // was 2 March
    '2026-00-10T09:00:00Z',
    '2026-13-10T09:00:00Z',
    '2026-11-00T09:00:00Z',
    '2026-11-32T09:00:00Z',
    '2026-04-31T09:00:00Z',
    '2026-02-29T09:00:00Z', // not a leap year
    '1900-02-29T09:00:00Z', // a hundredth year is not
    '2100-02-29T09:00:00Z',
    '2026-11-20T24:00:00Z', // ISO's end of day: no log writes it
    '2026-11-20T23:60:00Z',
    '2026-11-20T23:59:60Z', // a leap second: see calendar-time.ts
    '2026-11-20T10:00:00+24:00',
    '2026-11-20T10:00:00+02:60',
    '2026-11-31 10:00:00.5',
    '2026-11-31T10:00:00,5Z',
    '31/04/2026, 10:00:00',
    '29.02.2026, 10:00:00',
    '2/29/2026, 10:00:00 AM',
    '20/11/2026, 24:00:00',
    '20/11/2026, 10:60:00',
    '20/11/2026, 10:00:60',
  ]) {
    assert.equal(parseTime(text), null, text);
  }
  assert.equal(parseTime('2024-02-29T09:00:00Z'), at(2024, 2, 29, 9));
  assert.equal(parseTime('2000-02-29T09:00:00Z'), at(2000, 2, 29, 9));
  assert.equal(parseTime('29/02/2024, 09:00:00'), at(2024, 2, 29, 9));
  assert.equal(parseTime('2026-12-31T23:59:59.999Z'), at(2026, 12, 31, 23, 59, 59, 999));
});

test('times: a year below 100 is that year, not 19xx (Date.UTC would make it)', () => {
  const expected = new Date(0).setUTCFullYear(50, 2, 1);
  assert.equal(parseTime('0050-03-01T00:00:00Z'), expected);
  assert.equal(parseAnyTime('0050-03-01T00:00:00+00:00'), expected);
  assert.equal(parseTime('0004-02-29T00:00:00Z'), new Date(0).setUTCFullYear(4, 1, 29));
});

/** Whether the fields name a real moment, by asking Date.UTC and reading the fields back (the slow, obvious way). */
function isReal(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day && d.getUTCHours() === hour && d.getUTCMinutes() === minute && d.getUTCSeconds() === second;
}

test('times: the fast path and the full one agree on every field at and past its range, with Date.UTC read back', () => {
  const two = (n: number) => String(n).padStart(2, '0');
  let checked = 0;
  for (const year of [1900, 2000, 2024, 2026, 2100]) {
    for (let month = 0; month <= 13; month++) {
      for (let day = 0; day <= 32; day++) {
        for (const [hour, minute, second] of [[0, 0, 0], [23, 59, 59], [24, 0, 0], [12, 60, 0], [12, 0, 60], [99, 99, 99]] as const) {
          const text = `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(second)}.250Z`;
          const expected = isReal(year, month, day, hour, minute, second) ? Date.UTC(year, month - 1, day, hour, minute, second, 250) : null;
          assert.equal(isoUtcFast(text), expected, `fast ${text}`);
          assert.equal(parseAnyTime(text), expected, `full ${text}`);
          checked++;
        }
      }
    }
  }
  assert.equal(checked, 5 * 14 * 33 * 6);
});

test('times: the fast path leaves other forms to the full one (undefined), and both agree where both read', () => {
  for (const text of ['11/20/2026, 9:01:05.113 AM', '2026-11-20T10:01:05+01:00', '2026-11-20T10:01:05.Z', '2026-11-20', '2026-11-20 09:01:05,113']) {
    assert.equal(isoUtcFast(text), undefined, text);
  }
  for (const text of ['2026-11-20T10:01:05Z', '2026-11-20 10:01:05.1234567', '2026-11-31T10:01:05Z', '2026-11-20T10:01:60z']) {
    assert.equal(isoUtcFast(text), parseAnyTime(text), text);
  }
});
