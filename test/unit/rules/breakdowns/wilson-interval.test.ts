import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { wilsonInterval } from '../../../../src/rules/breakdowns/wilson-interval.js';

const near = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 5e-5, `${actual} ≉ ${expected}`);

test('Wilson 95%: 8 of 10 is 0.4902–0.9433 (the published value, e.g. statsmodels proportion_confint method="wilson")', () => {
  const i = wilsonInterval(8, 10)!;
  near(i.low, 0.4902);
  near(i.high, 0.9433);
});

test('Wilson 95% at the edges: 0 of 10 is 0–0.2775, n of n stays below 1 only by the interval, never above', () => {
  const none = wilsonInterval(0, 10)!;
  near(none.low, 0);
  near(none.high, 0.2775);
  const all = wilsonInterval(1, 1)!;
  near(all.low, 0.2065);
  assert.equal(all.high, 1);
  assert.equal(wilsonInterval(0, 0), null);
});

test('Wilson 95%: always inside [0, 1] and around the observed rate, narrowing as trials grow', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (trials, share) => {
      const successes = Math.round(trials * share);
      const i = wilsonInterval(successes, trials)!;
      const p = successes / trials;
      assert.ok(i.low >= 0 && i.high <= 1 && i.low <= p + 1e-12 && p <= i.high + 1e-12, `${successes}/${trials}: ${i.low}–${i.high}`);
      const tenfold = wilsonInterval(successes * 10, trials * 10)!;
      assert.ok(tenfold.high - tenfold.low <= i.high - i.low + 1e-12);
    }),
  );
});
