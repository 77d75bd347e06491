import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTimeBound as parseSince } from '../../../src/config/time-bound.js';
import { sinceExpression } from '../../../src/kql/since-expression.js';

const expr = (text: string) => {
  const since = parseSince(text);
  return since === null ? null : sinceExpression(since);
};

test('a duration back from now becomes ago()', () => {
  assert.equal(expr('24h'), 'ago(24h)');
  assert.equal(expr('7d'), 'ago(7d)');
  assert.equal(expr(' 90M '), 'ago(90m)');
  assert.equal(expr('30s'), 'ago(30s)');
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

test('anything else is refused', () => {
  for (const bad of ['', 'yesterday', '7', '0d', '-1d', '7y', '1.5h', '24h ago', '2026-13-01', '2026-02-30', '2026-11-20T25:00', '20261120', 'ago(1d)']) {
    assert.equal(parseSince(bad), null, bad);
  }
});
