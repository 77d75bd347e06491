import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTimeBound as parseSince } from '../../../src/config/time-bound.js';
import { parseTime } from '../../../src/schema/parse-time.js';
import { timeBoundExpression } from '../../../src/kql/time-bound-expression.js';

const expr = (text: string) => {
  const since = parseSince(text);
  return since === null ? null : timeBoundExpression(since);
};

test('a duration back from now becomes ago()', () => {
  assert.equal(expr('24h'), 'ago(24h)');
  assert.equal(expr('7d'), 'ago(7d)');
  assert.equal(expr(' 90m '), 'ago(90m)');
  assert.equal(expr('24H'), 'ago(24h)');
  assert.equal(expr('30s'), 'ago(30s)');
  // `min` is minutes, in any case: what the message for `90M` suggests.
  assert.equal(expr('90min'), 'ago(90m)');
  assert.equal(expr('90 MIN'), 'ago(90m)');
  // KQL has no week unit.
  assert.equal(expr('2w'), 'ago(14d)');
});

test('an ISO date or time becomes a UTC datetime(); a time without a zone is UTC', () => {
  assert.equal(expr('2026-11-20'), 'datetime(2026-11-20T00:00:00Z)');
  assert.equal(expr('2026-11-20T08:30:00Z'), 'datetime(2026-11-20T08:30:00Z)');
  assert.equal(expr('2026-11-20T08:30'), 'datetime(2026-11-20T08:30:00Z)');
  assert.equal(expr('2026-11-20T10:30:00+02:00'), 'datetime(2026-11-20T08:30:00Z)');
  assert.equal(expr('2026-11-20T10:30:00+0200'), 'datetime(2026-11-20T08:30:00Z)');
  assert.equal(expr('2026-11-20T08:30:00.250Z'), 'datetime(2026-11-20T08:30:00.250Z)');
});

test('an offset of hours alone (+01), a space before the zone, UTC or GMT: as pasted from a ticket, or from this tool\'s own output', () => {
  for (const text of ['2026-11-20T10:30+02', '2026-11-20 10:30 +02', '2026-11-20 10:30 +0200', '2026-11-20 10:30 +02:00', '2026-11-20T10:30:00.000 +02:00', '2026-11-20 03:30 -05']) {
    assert.equal(expr(text), 'datetime(2026-11-20T08:30:00Z)', text);
  }
  for (const text of ['2026-11-20 08:30:00 UTC', '2026-11-20 08:30 utc', '2026-11-20T08:30 Z', '2026-11-20 08:30 GMT']) assert.equal(expr(text), 'datetime(2026-11-20T08:30:00Z)', text);
  // What reads two ways, or not at all, is still refused: one digit of hours, a zone by name, two spaces, a lone sign.
  for (const bad of ['2026-11-20 10:30 +2', '2026-11-20 10:30+02:', '2026-11-20 10:30 CET', '2026-11-20 10:30  +02', '2026-11-20 10:30 +', '2026-11-20 +02']) {
    assert.equal(parseSince(bad), null, bad);
  }
});

test('anything else is refused', () => {
  for (const bad of ['', 'yesterday', '7', '0d', '-1d', '7y', '1.5h', '24h ago', '2026-13-01', '2026-02-30', '2026-11-20T25:00', '20261120', 'ago(1d)',
    '2026-02-29', '2026-11-20T24:00', '2026-11-20T23:60', '2016-12-31T23:59:60Z', '2026-11-20T10:00+24:00', '2026-11-20T10:00+02:60', '2026-00-10', '2026-11-00',
    // M is months to many readers (ISO 8601's P1M): not taken for minutes.
    '90M', '1M']) {
    assert.equal(parseSince(bad), null, bad);
  }
});

test('a bound and a log time are read by one rule: the same text is the same moment, or refused by both', () => {
  const texts = ['2026-11-20T08:30:00Z', '2026-11-20T08:30:00.250Z', '2026-11-20T08:30:00,250Z', '2026-11-20 08:30:00', '2026-11-20T10:30:00+02:00', '2026-11-20T10:30:00-0130', '2024-02-29T00:00:00Z', '0050-03-01T00:00:00Z',
    // Exports write 7 digits of a second; whatever the count, digits past the third are cut alike.
    '2026-11-20T08:30:00.1234567Z', '2026-11-20T08:30:00.1234567890Z', '2026-11-20 10:30:00 +02', '2026-11-20 08:30:00 UTC',
    '2026-02-29T00:00:00Z', '2026-11-31T08:30:00Z', '2026-11-20T24:00:00Z', '2026-11-20T23:59:60Z', '2026-11-20T10:30:00+25:00'];
  for (const text of texts) {
    const bound = parseSince(text);
    assert.equal(bound === null ? null : bound.kind === 'at' ? bound.epochMs : NaN, parseTime(text), text);
  }
  assert.equal(expr('2024-02-29'), 'datetime(2024-02-29T00:00:00Z)');
});
