import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distinctPrefixLength } from '../../../src/report/distinct-prefix.js';

test('ids are cut to 8 characters unless two share them: then one past the longest start they share', () => {
  assert.equal(distinctPrefixLength([]), 8);
  assert.equal(distinctPrefixLength(['a60ad5d9-0000', '341acde7-0000', null, undefined]), 8);
  assert.equal(distinctPrefixLength(['test-leg-01', 'test-leg-02', 'other']), 11);
  assert.equal(distinctPrefixLength(['aaaabbbb-1111', 'aaaabbbb-2222', 'aaaabbbb-1111']), 10, 'the same id twice is one id');
  assert.equal(distinctPrefixLength(['leg-1', 'leg-10']), 8, 'an id that starts another shows whole anyway');
  assert.equal(distinctPrefixLength(['abcdef', 'abcdeg'], 4), 6);
});
