import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDuration } from '../../../src/report/format-values.js';

test('durations: seconds, minutes and seconds, and past an hour its seconds when it has any (two times an hour apart from 30 s are two)', () => {
  assert.deepEqual([null, 0, 59.4, 60, 754].map(formatDuration), ['-', '0s', '59s', '1m 00s', '12m 34s']);
  assert.equal(formatDuration(3600), '1h 00m');
  assert.equal(formatDuration(5400), '1h 30m');
  assert.equal(formatDuration(5430), '1h 30m 30s');
  assert.equal(formatDuration(7199.2), '1h 59m 59s');
  assert.equal(formatDuration(172_800 + 305), '48h 05m 05s');
});
