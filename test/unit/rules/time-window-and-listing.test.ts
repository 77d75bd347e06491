import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTimeFlag, parseTimeWindow } from '../../../src/commands/parse-time-window.js';
import { timeBoundAt } from '../../../src/config/time-bound.js';

const parseTimeBound = (flag: string, value: string, now: number) => timeBoundAt(parseTimeFlag(flag, value), now);
import { UsageError } from '../../../src/commands/usage-error.js';
import { assessCalls } from '../../../src/rules/assess-calls.js';
import { byQuality, callRowOf } from '../../../src/rules/call-row.js';
import { listCalls } from '../../../src/rules/list-calls.js';
import { selectByStartTime } from '../../../src/rules/time-window.js';
import { defaultThresholds } from '../../../src/rules/thresholds.js';
import { call, leg, stream } from './breakdowns/call-builders.js';

const NOW = Date.UTC(2026, 10, 25, 12, 0, 0); // 2026-11-25T12:00:00Z

test('--since/--until: relative durations count back from now', () => {
  assert.equal(parseTimeBound('--since', '90m', NOW), NOW - 90 * 60_000);
  assert.equal(parseTimeBound('--since', '24h', NOW), Date.UTC(2026, 10, 24, 12));
  assert.equal(parseTimeBound('--since', '7d', NOW), Date.UTC(2026, 10, 18, 12));
  assert.equal(parseTimeBound('--since', '2w', NOW), Date.UTC(2026, 10, 11, 12));
});

test('--since/--until: ISO 8601 times, UTC without a zone, a bare date at midnight UTC', () => {
  assert.equal(parseTimeBound('--since', '2026-11-20T09:30:00Z', NOW), Date.UTC(2026, 10, 20, 9, 30));
  assert.equal(parseTimeBound('--since', '2026-11-20T09:30', NOW), Date.UTC(2026, 10, 20, 9, 30));
  assert.equal(parseTimeBound('--since', '2026-11-20T10:30+01:00', NOW), Date.UTC(2026, 10, 20, 9, 30));
  assert.equal(parseTimeBound('--until', '2026-11-20', NOW), Date.UTC(2026, 10, 20));
});

test('--since/--until: anything else is a usage error naming the flag and the forms', () => {
  for (const bad of ['24', '3y', '-1h', '2026-13', '']) {
    assert.throws(() => parseTimeBound('--since', bad, NOW), (e: unknown) => e instanceof UsageError && /^--since '.*': expected an ISO 8601 time .* \(90m, 24h, 7d, 2w\)$/.test(e.message), bad);
  }
});

test('--since 1day, 24hours, yesterday: a spelled-out unit gets the value meant, a time by name the forms to give it in', () => {
  // Each was told every form the flag takes ("expected an ISO 8601 time … (90m, 24h, 7d, 2w)"), not what was wrong.
  const refused = (flag: string, value: string): string => {
    try {
      parseTimeBound(flag, value, NOW);
    } catch (e) {
      if (e instanceof UsageError) return e.message;
    }
    throw new Error(`${value} was taken`);
  };
  assert.equal(refused('--since', '1day'), "--since '1day': a unit is one letter (s, m or min, h, d, w): --since 1d");
  assert.equal(refused('--since', '24 hours'), "--since '24 hours': a unit is one letter (s, m or min, h, d, w): --since 24h");
  assert.equal(refused('--until', '30mins'), "--until '30mins': a unit is one letter (s, m or min, h, d, w): --until 30m");
  assert.equal(refused('--since', '2wks'), "--since '2wks': a unit is one letter (s, m or min, h, d, w): --since 2w");
  assert.equal(refused('--since', '24hrs'), "--since '24hrs': a unit is one letter (s, m or min, h, d, w): --since 24h");
  for (const named of ['yesterday', 'Today', 'last week']) {
    assert.equal(refused('--since', named), `--since '${named}': a time is not read by name: give a duration back from now (--since 24h, 1d, 7d) or a date (--since 2026-11-20, from its midnight UTC)`);
  }
  // 90min is minutes, as before.
  assert.equal(parseTimeBound('--since', '90min', NOW), NOW - 90 * 60_000);
});

test('--since 2026-02-30: a time of the right form that names no moment says so, not that an ISO 8601 time was expected', () => {
  for (const [flag, bad] of [['--since', '2026-02-30'], ['--until', '2026-11-20T24:00'], ['--since', '2026-11-20T23:60Z'], ['--until', '2026-11-20T10:00+24:00']] as const) {
    assert.throws(
      () => parseTimeBound(flag, bad, NOW),
      (e: unknown) => e instanceof UsageError && e.message.startsWith(`${flag} '${bad}': there is no such date or time (a day past its month's end, hour 24,`) && !/expected/.test(e.message),
      bad,
    );
  }
});

test('--since 90M: one line saying M is ambiguous, suggesting 90m or 90min, and the forms taken', () => {
  for (const [flag, text, amount] of [['--since', '90M', '90'], ['--until', ' 1 M ', '1']] as const) {
    assert.throws(
      () => parseTimeBound(flag, text, NOW),
      (e: unknown) =>
        e instanceof UsageError &&
        e.message ===
          `${flag} '${text}': M is ambiguous (minutes or months?), so it is not taken: for ${amount} minutes write ${amount}m or ${amount}min; months are not a unit (give days or a date). Expected an ISO 8601 time (2026-11-20T09:00Z, 2026-11-20 10:00 +01:00 or +01, UTC without a zone; or a date, 2026-11-20) or a duration back from now, a whole number then s, m or min, h, d or w (90m, 24h, 7d, 2w)`,
      text,
    );
  }
  // What it suggests is taken: 90 minutes back.
  assert.equal(parseTimeBound('--since', '90min', NOW), NOW - 90 * 60_000);
  assert.equal(parseTimeBound('--since', '90m', NOW), NOW - 90 * 60_000);
});

test('--since 2026-11-20 09:00 CET: a zone by name is refused saying so and what to write, not that an ISO time was expected', () => {
  for (const [flag, bad, zone] of [['--since', '2026-11-20 09:00 CET', 'CET'], ['--until', '2026-11-20T09:00:00 Europe/Paris', 'Europe/Paris'], ['--since', '2026-11-20 09:00 IST', 'IST']] as const) {
    assert.throws(
      () => parseTimeBound(flag, bad, NOW),
      (e: unknown) => e instanceof UsageError && e.message === `${flag} '${bad}': a zone by name (${zone}) is not read, as many names stand for more than one offset: give the offset (+01:00, -05), Z or UTC`,
      bad,
    );
  }
});

test('--since 2026-11-20 09:00 PM: a 12-hour time is refused as one, with the time on the 24-hour clock, not as a zone named PM', () => {
  const cases = [
    ['--since', '2026-11-20 09:00 PM', 'PM', '2026-11-20 21:00'],
    ['--until', '2026-11-20T12:30:15 am', 'am', '2026-11-20 00:30:15'],
    ['--since', '2026-11-20 9:05 a.m.', 'a.m.', '2026-11-20 09:05'],
    ['--since', '2026-11-20 12:00 pm', 'pm', '2026-11-20 12:00'],
  ] as const;
  for (const [flag, bad, mark, meant] of cases) {
    assert.throws(
      () => parseTimeBound(flag, bad, NOW),
      (e: unknown) => e instanceof UsageError && e.message === `${flag} '${bad}': a 12-hour time (${mark}) is not read: write the hour from 00 to 23 ('${meant}', read as UTC: add its offset, -05, if it is not)`,
      bad,
    );
    // What it suggests is taken.
    assert.equal(typeof parseTimeBound(flag, meant, NOW), 'number');
  }
});

test('--since 2026-11-20 9 pm, 09:00 PM +02:00, 09:00 PM EST: an hour alone and a zone after the 12-hour time are refused as one too', () => {
  const cases = [
    // An hour alone, as people say it: the minutes are :00.
    ['2026-11-20 9 pm', "a 12-hour time (pm) is not read: write the hour from 00 to 23 ('2026-11-20 21:00', read as UTC: add its offset, -05, if it is not)", '2026-11-20 21:00'],
    ['2026-11-20 12AM', "a 12-hour time (AM) is not read: write the hour from 00 to 23 ('2026-11-20 00:00', read as UTC: add its offset, -05, if it is not)", '2026-11-20 00:00'],
    // A zone that is read stays in what to write, and is not said to be UTC.
    ['2026-11-20 09:00 PM +02:00', "a 12-hour time (PM) is not read: write the hour from 00 to 23 ('2026-11-20 21:00 +02:00')", '2026-11-20 21:00 +02:00'],
    ['2026-11-20 9:30pm UTC', "a 12-hour time (pm) is not read: write the hour from 00 to 23 ('2026-11-20 21:30 UTC')", '2026-11-20 21:30 UTC'],
    // A zone by name, as a US ticket writes it: both said, what to write with an offset.
    ['2026-11-20 09:00 PM EST', "a 12-hour time (PM) is not read, nor a zone by name (EST): write the hour from 00 to 23, then the zone's offset ('2026-11-20 21:00 -05', if it is -05)", '2026-11-20 21:00 -05'],
  ] as const;
  for (const [bad, message, meant] of cases) {
    assert.throws(() => parseTimeBound('--since', bad, NOW), (e: unknown) => e instanceof UsageError && e.message === `--since '${bad}': ${message}`, bad);
    assert.equal(typeof parseTimeBound('--since', meant, NOW), 'number', meant);
  }
  assert.equal(parseTimeBound('--since', '2026-11-20 21:00 +02:00', NOW), Date.UTC(2026, 10, 20, 19));
});

test('--since 999999w: a moment before year 1 or after 9999 is a usage error, not a JSON time with an extended year', () => {
  const refused: Array<[string | undefined, string | undefined, string]> = [
    ['999999w', undefined, "--since '999999w' back from now is before 0001-01-01, the earliest time an ACS log holds: leave --since out to read every call"],
    ['0000-12-31T23:59Z', undefined, "--since '0000-12-31T23:59Z' is before 0001-01-01, the earliest time an ACS log holds: leave --since out to read every call"],
    [undefined, '9999-12-31T23:00-05:00', "--until '9999-12-31T23:00-05:00' is after 9999-12-31, the latest time an ACS log holds: leave --until out to read up to now"],
    ['9999-12-31T23:59-01', undefined, "--since '9999-12-31T23:59-01' is after 9999-12-31, the latest time an ACS log holds"],
    [undefined, '999999d', "--until '999999d' back from now is before 0001-01-01, the earliest time an ACS log holds"],
  ];
  for (const [since, until, message] of refused) {
    assert.throws(() => parseTimeWindow(since, until, NOW), (e: unknown) => e instanceof UsageError && e.message === message, message);
  }
  // The edges themselves are times.
  assert.deepEqual(parseTimeWindow('0001-01-01', '9999-12-31T23:59:59.999Z', NOW), { since: Date.parse('0001-01-01T00:00:00Z'), until: Date.parse('9999-12-31T23:59:59.999Z') });
});

test('--since 24h --until 1h is a window; --since after --until is a usage error', () => {
  assert.deepEqual(parseTimeWindow('24h', '1h', NOW), { since: NOW - 24 * 3_600_000, until: NOW - 3_600_000 });
  assert.deepEqual(parseTimeWindow(undefined, undefined, NOW), { since: null, until: null });
  assert.throws(() => parseTimeWindow('1h', '24h', NOW), /is not before --until/);
});

const withStart = (id: string, iso: string | null, extra: Parameters<typeof call>[1] = {}) => {
  const start = iso === null ? null : Date.parse(iso);
  return call(id, { startTime: start, callStartTime: start, ...extra });
};

test('the window selects calls by start time: since inclusive, until exclusive; no start time is left out', () => {
  const calls = [withStart('a', '2026-11-20T08:00:00Z'), withStart('b', '2026-11-20T09:00:00Z'), withStart('c', '2026-11-20T10:00:00Z'), withStart('d', null)];
  const w = selectByStartTime(calls, { since: Date.parse('2026-11-20T09:00:00Z'), until: Date.parse('2026-11-20T10:00:00Z') });
  assert.deepEqual(w.selected.map((c) => c.correlationId), ['b']);
  assert.equal(w.outside, 2);
  assert.deepEqual(w.withoutStartTime.map((c) => c.correlationId), ['d']);
  const open = selectByStartTime(calls, { since: null, until: null });
  assert.equal(open.selected.length, 4);
  assert.equal(open.withoutStartTime.length, 0);
});

test('the window selects by the call\'s own CallStartTime: a start time from a leg\'s join (no CallStartTime) is none', () => {
  const window = { since: Date.parse('2026-11-20T09:00:00Z'), until: Date.parse('2026-11-20T10:00:00Z') };
  // Shown as starting at 09:30 (its leg joined then), but no leg logs a CallStartTime: left out, and counted.
  const joinedOnly = call('j', { startTime: Date.parse('2026-11-20T09:30:00Z'), callStartTime: null });
  // Shown as starting at 08:55 (a leg without CallStartTime joined then), but the call started at 09:05.
  const started = call('s', { startTime: Date.parse('2026-11-20T08:55:00Z'), callStartTime: Date.parse('2026-11-20T09:05:00Z') });
  const w = selectByStartTime([joinedOnly, started], window);
  assert.deepEqual(w.selected.map((c) => c.correlationId), ['s']);
  assert.deepEqual([w.outside, w.withoutStartTime.length, w.leftOutIds], [0, 1, ['j']]);
});

test('listing: --only-poor, --sort and --limit choose and order the rows, and count the rest', () => {
  const poorStream = () => stream({ metrics: { jitterAvg: 99 } });
  const calls = [
    withStart('c3', '2026-11-20T08:00:00Z', { durationSeconds: 60, legs: [leg({}), leg({}), leg({})], streams: [stream({ metrics: { jitterAvg: 3 } })] }),
    withStart('a1', '2026-11-20T10:00:00Z', { durationSeconds: 600, legs: [leg({})], streams: [poorStream(), poorStream()] }),
    withStart('b2', '2026-11-20T09:00:00Z', { durationSeconds: 300, legs: [leg({}), leg({})], streams: [poorStream()] }),
    withStart('d4', null, { durationSeconds: null }),
  ];
  const rows = assessCalls(calls, defaultThresholds()).map(callRowOf).sort(byQuality);
  const ids = (sort: Parameters<typeof listCalls>[1]['sort'], onlyPoor = false, limit: number | null = null) => {
    const l = listCalls(rows, { sort, onlyPoor, limit });
    return [l.listed.map((a) => a.correlationId), l.notListed];
  };
  assert.deepEqual(ids('quality'), [['a1', 'b2', 'd4', 'c3'], 0]);
  assert.deepEqual(ids('start'), [['c3', 'b2', 'a1', 'd4'], 0]);
  assert.deepEqual(ids('duration'), [['a1', 'b2', 'c3', 'd4'], 0]);
  assert.deepEqual(ids('poor-streams'), [['a1', 'b2', 'c3', 'd4'], 0]);
  assert.deepEqual(ids('legs'), [['c3', 'b2', 'a1', 'd4'], 0]);
  assert.deepEqual(ids('id'), [['a1', 'b2', 'c3', 'd4'], 0]);
  assert.deepEqual(ids('quality', true), [['a1', 'b2'], 2]);
  assert.deepEqual(ids('start', true, 1), [['b2'], 3]);
});

test('a duration of 0 (0m, 0d, 0h) is refused saying why, not with the forms a whole number fits', () => {
  const message = (flag: string, value: string): string => {
    try {
      parseTimeFlag(flag, value);
    } catch (error) {
      assert.ok(error instanceof UsageError);
      return error.message;
    }
    return 'taken';
  };
  assert.equal(message('--since', '0m'), "--since '0m': a duration back from now must be at least 1 (0m back is now: no logged record is later than now)");
  assert.equal(message('--since', '0d'), "--since '0d': a duration back from now must be at least 1 (0d back is now: no logged record is later than now)");
  assert.equal(message('--until', '0h'), "--until '0h': a duration back from now must be at least 1 (0h back is now: leave --until out to read up to now)");
  assert.doesNotMatch(message('--since', '0min'), /expected|\n/);
});
