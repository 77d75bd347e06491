import assert from 'node:assert/strict';
import { test } from 'node:test';
import { remembered } from '../../../src/schema/remembered.js';

test('remembered: computed once a text up to the limit, then each time, the same answers either way', () => {
  const calls: string[] = [];
  const upper = remembered((text) => {
    calls.push(text);
    return { text: text.toUpperCase() };
  }, 2);
  const a = upper('a');
  assert.equal(upper('a'), a, 'the same answer, not made again');
  upper('b');
  upper('b');
  assert.deepEqual(calls, ['a', 'b']);
  assert.deepEqual(upper('c'), { text: 'C' });
  assert.deepEqual(upper('c'), { text: 'C' });
  assert.deepEqual(calls, ['a', 'b', 'c', 'c'], 'past the limit: computed each time');
});
