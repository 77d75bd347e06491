import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareText } from '../../../src/model/compare-text.js';

test('texts are ordered by code units, whatever the locale: upper case before lower, digits before letters', () => {
  const ids = ['b25cf111', 'B25CF111', '0a', 'a-1', 'a1', 'Redacted', 'ä', 'z'];
  assert.deepEqual([...ids].sort(compareText), ['0a', 'B25CF111', 'Redacted', 'a-1', 'a1', 'b25cf111', 'z', 'ä']);
  assert.equal(compareText('x', 'x'), 0);
});
