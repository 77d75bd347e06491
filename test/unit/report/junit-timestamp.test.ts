import assert from 'node:assert/strict';
import { test } from 'node:test';
import { junitTimestamp } from '../../../src/report/junit-timestamp.js';

test('a testsuite timestamp is the earliest start, in UTC to the second with no zone (Ant: ISO8601_DATETIME_PATTERN)', () => {
  const at = (iso: string) => Date.parse(iso);
  assert.deepEqual(junitTimestamp([at('2026-11-20T09:19:58.640Z'), null, at('2026-11-20T08:30:12.980Z')]), { timestamp: '2026-11-20T08:30:12' });
  // No start known: none, rather than a made-up one.
  assert.deepEqual(junitTimestamp([]), {});
  assert.deepEqual(junitTimestamp([null, Number.NaN]), {});
  // A year the pattern cannot hold (toISOString writes +010000-…): none.
  assert.deepEqual(junitTimestamp([at('+010000-01-01T00:00:00Z')]), {});
});
