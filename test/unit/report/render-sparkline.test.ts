import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sparkline, sparklineOverTime } from '../../../src/report/render-sparkline.js';

const at = (seconds: number, value: number) => ({ time: seconds * 1000, value });

test('samples placed by time: a window with no sample is a gap, two of one window are one column, their mean', () => {
  assert.equal(sparklineOverTime([at(0, 8), at(10, 8), at(40, 8)], 10_000, 32), '██  █');
  assert.equal(sparklineOverTime([at(0, 8), at(10, 8), at(10, 0), at(20, 0)], 10_000, 32), '█▅▁');
  // Client clocks a little off the interval are still one window each.
  assert.equal(sparklineOverTime([at(0, 8), at(10.4, 8), at(19.7, 8)], 10_000, 32), '███');
  assert.equal(sparklineOverTime([], 10_000, 32), '');
});

test('samples without gaps draw as the values in order do; more windows than columns share them by time', () => {
  const values = [1, 5, 3, 8, 2];
  assert.equal(sparklineOverTime(values.map((v, i) => at(i * 10, v)), 10_000, 32, 4), sparkline(values, 32, 4));
  const many = Array.from({ length: 100 }, (_, i) => at(i * 10, i));
  const drawn = sparklineOverTime(many, 10_000, 32);
  assert.equal(drawn.length, 32);
  assert.ok(!drawn.includes(' '), 'no gap where every window has a sample');
  // A long silence among many windows is a gap still.
  const paused = [...many.slice(0, 40), ...many.slice(70)];
  assert.match(sparklineOverTime(paused, 10_000, 32), /^\S+ +\S+$/);
});
