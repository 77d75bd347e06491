import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DURATION, outOfRange } from '../../../src/schema/value-ranges.js';
import { MAX_DURATION_SECONDS } from '../../../src/schema/values.js';

test('a duration: seconds from 0 to 31 days; below 0 or longer is out of range, saying how', () => {
  for (const seconds of [0, 600, MAX_DURATION_SECONDS]) assert.equal(outOfRange(seconds, DURATION), null, String(seconds));
  assert.equal(outOfRange(-50, DURATION), 'below 0');
  assert.equal(outOfRange(-1e-9, DURATION), 'below 0');
  assert.equal(outOfRange(MAX_DURATION_SECONDS + 1, DURATION), 'over 31 days');
  assert.equal(outOfRange(1e20, DURATION), 'over 31 days');
});
