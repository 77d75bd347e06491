import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeIssueLong, describeIssueShort, formatMetricValue } from '../../../src/report/describe-issue.js';
import { formatNumber, formatNumberBeside } from '../../../src/report/format-values.js';
import type { StreamIssue } from '../../../src/rules/issue.js';
import type { RuleMetric } from '../../../src/rules/thresholds.js';

function issue(metric: RuleMetric, mediaType: string | null, value: number, threshold: number): StreamIssue {
  return { metric, value, threshold, mediaType, participantId: 'p1', endpointId: 'e1', endpointType: 'VoIP', streamId: '1', direction: null };
}

test('a number beside the one it is compared with keeps the digits that tell them apart, and no more', () => {
  assert.equal(formatNumber(500.001), '500', 'four significant digits alone hide it');
  assert.equal(formatNumber(3.146336e-7), '0.0000003146', 'a small value in plain decimal, not E-notation');
  assert.equal(formatNumberBeside(1.00000005e-7, 1e-7), '0.00000010000001');
  assert.equal(formatNumberBeside(500.001, 500), '500.001');
  assert.equal(formatNumberBeside(500, 500.001), '500');
  assert.equal(formatNumberBeside(30.13, 30), '30.13', 'apart at four digits: shown as formatNumber shows it');
  assert.equal(formatNumberBeside(6.9999, 7), '6.9999');
  assert.equal(formatNumberBeside(0.10001 * 100, 0.1 * 100), '10.001');
  assert.equal(formatNumberBeside(1e9, 500), '1000000000');
  assert.equal(formatNumberBeside(30, 30), '30', 'equal numbers are shown as they are');
  assert.equal(formatNumberBeside(29.99999, 30), '29.99999', 'on the other side, too');
});

test('an issue past its limit never reads "X > X": the value gets the digits it needs, short and long alike', () => {
  const rtt = issue('roundTripTimeAvg', 'Audio', 500.001, 500);
  assert.equal(describeIssueShort(rtt), 'Audio RTT 500.001 > 500 ms');
  assert.match(describeIssueLong(rtt), /^Audio round-trip time 500.001 ms > 500 ms — /);
  const loss = issue('packetLossRateAvg', 'Audio', 0.10001, 0.1);
  assert.equal(describeIssueShort(loss), 'Audio loss 10.001% > 10%');
  assert.match(describeIssueLong(loss), /^Audio packet loss 10.001% > 10% — /);
  assert.equal(describeIssueShort(issue('jitterAvg', 'Video', 30.001, 30)), 'Video jitter 30.001 > 30 ms');
  assert.equal(describeIssueShort(issue('videoFrameRateAvg', 'Video', 6.9999, 7)), 'Video frame rate 6.9999 < 7 fps');
  assert.equal(describeIssueShort(issue('recvResolutionHeight', 'Video', 239.9999, 240)), 'Video res 239.9999p < 240p');
  // Far from its limit, a value is shown as before.
  assert.equal(describeIssueShort(issue('roundTripTimeAvg', 'Audio', 612.3456, 500)), 'Audio RTT 612.3 > 500 ms');
  assert.equal(formatMetricValue('packetLossRateAvg', 0.14), '14%');
  assert.equal(formatMetricValue('packetLossRateAvg', 0.1, 0.10001), '10%');
});

test('what an issue does to people fits what its stream carries: voices on Audio, the picture on Video, VBSS and AppSharing', () => {
  const long = (metric: RuleMetric, mediaType: string | null, value: number, limit: number) => describeIssueLong(issue(metric, mediaType, value, limit)).split(' — ')[1];
  assert.equal(long('jitterAvg', 'Audio', 40, 30), 'voices sound robotic');
  assert.equal(long('jitterAvg', 'Video', 40, 30), 'the picture stutters');
  assert.equal(long('jitterAvg', 'VBSS', 40, 30), 'the picture stutters');
  assert.equal(long('packetLossRateAvg', 'Audio', 0.2, 0.1), 'syllables and words go missing');
  assert.equal(long('packetLossRateAvg', 'AppSharing', 0.2, 0.1), 'the picture is choppy');
  assert.equal(long('packetLossRateAvg', 'video', 0.2, 0.1), 'the picture is choppy', 'however cased');
  assert.equal(long('roundTripTimeAvg', 'Audio', 600, 500), 'delay makes people talk over each other');
  assert.equal(long('roundTripTimeAvg', 'Video', 600, 500), 'delay makes the picture lag behind');
  assert.equal(long('healedDataRatioAvg', 'Video', 0.2, 0.1), 'much of the picture had to be rebuilt after loss');
  // A media type not logged, or not one the article names: what it does to either.
  assert.equal(long('packetLossRateAvg', null, 0.2, 0.1), 'syllables and words go missing, the picture is choppy');
  assert.equal(long('jitterAvg', 'Data', 40, 30), 'voices sound robotic, the picture stutters');
  // Metrics of one kind of media keep their one wording.
  assert.equal(long('recvFreezeDurationPerMinuteInMs', 'Video', 7000, 6000), 'the picture freezes');
});
