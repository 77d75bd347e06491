import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mediaSeriesUnit, withMediaUnit } from '../../../src/report/media-series-unit.js';

test('a media-stats metric is given the unit its name carries, as stream metrics show theirs; none is guessed', () => {
  const cases: Array<[string, string]> = [
    ['JitterInMs', 'ms'],
    ['RoundTripTimeInMs', 'ms'],
    ['RecvFreezeDurationPerMinuteInMs', 'ms/min'],
    ['FramesPerSecond', 'fps'],
    ['PacketsLostPerSecond', '/s'],
    ['PacketsPerSecond', '/s'],
    ['BitrateInKbps', 'kbps'],
    ['Bitrate', ''],
    ['FrameHeight', ''],
    ['APIRequests', ''],
  ];
  for (const [name, unit] of cases) assert.equal(mediaSeriesUnit(name), unit, name);
  assert.equal(withMediaUnit('29.67', 'ms'), '29.67 ms');
  assert.equal(withMediaUnit('3.011', '/s'), '3.011/s');
  assert.equal(withMediaUnit('27', 'fps'), '27 fps');
  assert.equal(withMediaUnit('29.67', ''), '29.67');
});
