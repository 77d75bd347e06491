import assert from 'node:assert/strict';
import { test } from 'node:test';
import { limitOrigins, originOf } from '../../../src/kql/limit-origins.js';
import { parseThresholdFlag } from '../../../src/config/threshold-limit.js';
import { applyOverrides } from '../../../src/rules/threshold-overrides.js';
import { defaultThresholds } from '../../../src/rules/thresholds.js';

test('each limit is from the defaults, the config or the flags: the last layer that changed it', () => {
  const config = [{ metric: 'roundTripTimeAvg', mediaType: null, limit: 900, origin: 'cfg' } as const, { metric: 'jitterAvg', mediaType: 'Video', limit: null, origin: 'cfg' } as const];
  const afterConfig = applyOverrides([...config]);
  const final = applyOverrides([...config, ...['videoFrameRateAvg.VBSS=2', 'jitterAvg=900', 'roundTripTimeAvg=900'].map(parseThresholdFlag)]);
  const origins = limitOrigins(defaultThresholds(), afterConfig, final, 'acs-calllogs.config.json');
  assert.equal(originOf(origins, 'roundTripTimeAvg', 'default'), 'acs-calllogs.config.json', 'a flag repeating the config value');
  assert.equal(originOf(origins, 'jitterAvg', 'Video'), '--threshold', 'the bare flag set Video too');
  assert.equal(originOf(origins, 'jitterAvg', 'default'), '--threshold');
  assert.equal(originOf(origins, 'videoFrameRateAvg', 'VBSS'), '--threshold');
  assert.equal(originOf(origins, 'videoFrameRateAvg', 'Video'), 'default');
  assert.equal(originOf(origins, 'packetLossRateAvg', 'default'), 'default');
});
