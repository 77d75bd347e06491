import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeRateRows, RateCounter } from '../../../../src/rules/breakdowns/rate-rows.js';

function counter(groups: Array<[string, number, number]>): RateCounter {
  const c = new RateCounter();
  for (const [key, poor, total] of groups) for (let i = 0; i < total; i++) c.add(key, i < poor);
  return c;
}

test('a group of one poor stream (100%) does not rank above 400 poor of 1,000: worst first by the low end of the 95% interval', () => {
  const rows = counter([['one build', 1, 1], ['1.30.1', 400, 1000], ['1.31.2', 50, 1000]]).rows();
  assert.deepEqual(rows.map((r) => r.key), ['1.30.1', 'one build', '1.31.2']);
  // Each row says how sure its rate is: 1 of 1 is 20.7%–100%.
  assert.deepEqual(rows.map((r) => [Math.round(r.interval.low * 1000) / 1000, Math.round(r.interval.high * 1000) / 1000]), [[0.37, 0.431], [0.207, 1], [0.038, 0.065]]);
});

test('three poor of three still ranks above 40% of 1,000 (its interval starts higher), and ties of the interval go by rate, poor, name', () => {
  assert.deepEqual(counter([['big', 400, 1000], ['three', 3, 3]]).rows().map((r) => r.key), ['three', 'big']);
  // None poor: every interval starts at 0; the larger group's upper end is lower, but the order is by rate, then by name.
  assert.deepEqual(counter([['b', 0, 5], ['a', 0, 500]]).rows().map((r) => r.key), ['a', 'b']);
  // 0 of 7, 9, 12 … and all of 10, 13 … had an end a rounding off 0 or 1 (2.8e-17): 0 of 7 ranked above 0 of 8.
  for (const n of [7, 9, 12, 24, 25]) {
    assert.deepEqual(counter([['b', 0, n], ['a', 0, 8]]).rows().map((r) => [r.key, r.interval.low]), [['a', 0], ['b', 0]], `0 of ${n}`);
  }
  for (const n of [10, 13, 25, 27]) assert.equal(counter([['all', n, n]]).rows()[0]!.interval.high, 1, `${n} of ${n}`);
});

test('parts merged rank as the whole does', () => {
  const whole = counter([['one build', 1, 1], ['1.30.1', 400, 1000]]).rows();
  const parts = [counter([['1.30.1', 150, 400]]).rows(), counter([['one build', 1, 1], ['1.30.1', 250, 600]]).rows()];
  assert.deepEqual(mergeRateRows(parts), whole);
});
