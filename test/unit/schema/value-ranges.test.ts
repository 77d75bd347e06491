import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DURATION, METRIC_RANGES, MS_A_MINUTE, NOT_NEGATIVE, outOfRange, RATIO } from '../../../src/schema/value-ranges.js';
import { MAX_DURATION_SECONDS } from '../../../src/schema/values.js';

test('a duration: seconds from 0 to 31 days; below 0 or longer is out of range, saying how', () => {
  for (const seconds of [0, 600, MAX_DURATION_SECONDS]) assert.equal(outOfRange(seconds, DURATION), null, String(seconds));
  assert.equal(outOfRange(-50, DURATION), 'below 0');
  assert.equal(outOfRange(-1e-9, DURATION), 'below 0');
  assert.equal(outOfRange(MAX_DURATION_SECONDS + 1, DURATION), 'over 31 days');
  assert.equal(outOfRange(1e20, DURATION), 'over 31 days');
});

test('metrics: none below 0; the loss and healed ratios up to 1, a freeze up to the 60000 ms of a minute; PacketUtilization a count', () => {
  const ratios = Object.entries(METRIC_RANGES).filter(([, range]) => range === RATIO).map(([metric]) => metric);
  assert.deepEqual(ratios, ['packetLossRateAvg', 'packetLossRateMax', 'healedDataRatioAvg', 'healedDataRatioMax']);
  assert.equal(METRIC_RANGES.recvFreezeDurationPerMinuteInMs, MS_A_MINUTE);
  for (const [metric, range] of Object.entries(METRIC_RANGES)) {
    assert.equal(outOfRange(-0.5, range), 'below 0', metric);
    assert.equal(outOfRange(0, range), null, metric);
  }
  assert.equal(outOfRange(1, RATIO), null);
  assert.equal(outOfRange(10, RATIO), 'a ratio over 1', '10 meant as 10%');
  assert.equal(outOfRange(60_000, MS_A_MINUTE), null);
  assert.equal(outOfRange(90_000, MS_A_MINUTE), 'over the 60000 ms of a minute');
  assert.equal(outOfRange(1e9, METRIC_RANGES.packetUtilization), null, 'a count of packets has no upper bound');
  assert.equal(outOfRange(1e9, NOT_NEGATIVE), null);
});
