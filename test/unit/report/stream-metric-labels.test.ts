import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeIssueLong, describeIssueShort, METRIC_WORDING } from '../../../src/report/describe-issue.js';
import { formatStreamMetric } from '../../../src/report/stream-metric-labels.js';
import { RULE_METRICS } from '../../../src/rules/thresholds.js';
import { STREAM_METRICS } from '../../../src/schema/call-record.js';

test("a stream's metric says its label and its unit once each: 'frame rate 14.8 fps', never 'fps 14.8 fps'", () => {
  assert.equal(formatStreamMetric('videoFrameRateAvg', 14.8), 'frame rate 14.8 fps');
  for (const metric of STREAM_METRICS) {
    const words = formatStreamMetric(metric, 12.5)
      .split(/[\s\d.%]+/)
      .filter((w) => w !== '');
    assert.equal(new Set(words).size, words.length, `${metric}: ${formatStreamMetric(metric, 12.5)}`);
  }
});

test("a metric a rule judges has one label in a stream's line, summarize's Breaches cells and the Issues lines", () => {
  for (const metric of RULE_METRICS) {
    const { short } = METRIC_WORDING[metric];
    assert.ok(formatStreamMetric(metric, 3).startsWith(`${short} `), `${metric}: ${formatStreamMetric(metric, 3)} is not labelled ${short}`);
  }
  const fps = { metric: 'videoFrameRateAvg', value: 5.5, threshold: 7, mediaType: 'Video', participantId: 'p1', endpointId: 'e1', endpointType: 'Server', streamId: '1', direction: 'inbound' } as const;
  assert.equal(describeIssueShort(fps), 'Video inbound frame rate 5.5 < 7 fps');
  assert.match(describeIssueLong(fps), /^Video inbound frame rate 5.5 fps < 7 fps — /);
});
