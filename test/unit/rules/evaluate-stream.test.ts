import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Call, Stream } from '../../../src/model/call.js';
import { evaluateCall } from '../../../src/rules/evaluate-call.js';
import { judgeStream, streamQuality } from '../../../src/rules/evaluate-stream.js';
import { parseThresholdFlag } from '../../../src/config/threshold-limit.js';
import { applyOverrides } from '../../../src/rules/threshold-overrides.js';
import { defaultThresholds, limitFor, RULE_METRICS } from '../../../src/rules/thresholds.js';

function stream(mediaType: string, metrics: Stream['metrics']): Stream {
  return {
    category: 'CallDiagnostics',
    correlationId: 'c',
    version: null,
    time: null,
    participantId: 'p1',
    endpointId: 'e1',
    endpointType: 'VoIP',
    identifier: null,
    mediaType,
    streamId: '1',
    transportType: 'UDP',
    streamDirection: null,
    codecName: null,
    metrics,
  };
}

const thresholds = defaultThresholds();
const metricsOf = (s: Stream) => judgeStream(s, thresholds).issues.map((i) => i.metric);

test('a value equal to its limit is not a breach; one past it is', () => {
  const atLimits = { roundTripTimeAvg: 500, jitterAvg: 30, packetLossRateAvg: 0.1, jitterBufferSizeAvg: 200, jitterBufferSizeMax: 200, healedDataRatioAvg: 0.1, healedDataRatioMax: 0.1 };
  assert.deepEqual(metricsOf(stream('Audio', atLimits)), []);
  assert.deepEqual(metricsOf(stream('Audio', { roundTripTimeAvg: 501, jitterAvg: 31, packetLossRateAvg: 0.11, jitterBufferSizeAvg: 201, jitterBufferSizeMax: 201, healedDataRatioAvg: 0.16, healedDataRatioMax: 0.11 })), [
    'roundTripTimeAvg',
    'jitterAvg',
    'packetLossRateAvg',
    'jitterBufferSizeAvg',
    'jitterBufferSizeMax',
    'healedDataRatioAvg',
    'healedDataRatioMax',
  ]);
});

test('video and screen-sharing limits differ; audio streams are not judged on video metrics', () => {
  const video = { videoFrameRateAvg: 5.5, recvResolutionHeight: 720, recvFreezeDurationPerMinuteInMs: 7200 };
  assert.deepEqual(metricsOf(stream('Video', video)), ['videoFrameRateAvg', 'recvFreezeDurationPerMinuteInMs']);
  assert.deepEqual(metricsOf(stream('VBSS', video)), ['recvResolutionHeight']);
  assert.deepEqual(metricsOf(stream('Audio', video)), []);
  assert.deepEqual(metricsOf(stream('VBSS', { videoFrameRateAvg: 0.5 })), ['videoFrameRateAvg']);
  assert.deepEqual(metricsOf(stream('Video', { videoFrameRateAvg: 7, recvResolutionHeight: 240, recvFreezeDurationPerMinuteInMs: 6000 })), []);
  assert.deepEqual(metricsOf(stream('VBSS', { videoFrameRateAvg: 1, recvResolutionHeight: 768, recvFreezeDurationPerMinuteInMs: 25000 })), []);
});

// The article gives each maximum the limit of its average: "Normally when this value is greater than 200 ms, it will
// cause a negative quality impact" (JitterBufferSizeMax); "When this value is greater than 0.1 (10%), we consider the
// stream as bad quality" (HealedDataRatioMax).
test('jitter buffer max: 200 ms passes and 201 fails, for every media type', () => {
  for (const mediaType of ['Audio', 'Video', 'VBSS', 'AppSharing']) {
    assert.deepEqual(metricsOf(stream(mediaType, { jitterBufferSizeAvg: 80, jitterBufferSizeMax: 200 })), [], mediaType);
    assert.deepEqual(metricsOf(stream(mediaType, { jitterBufferSizeAvg: 80, jitterBufferSizeMax: 201 })), ['jitterBufferSizeMax'], mediaType);
  }
  const [issue] = judgeStream(stream('Audio', { jitterBufferSizeMax: 900 }), thresholds).issues;
  assert.deepEqual([issue!.metric, issue!.value, issue!.threshold], ['jitterBufferSizeMax', 900, 200]);
});

test('healed data: the average and the maximum judge Audio only, 0.1 passing and just over failing', () => {
  assert.deepEqual(metricsOf(stream('Audio', { healedDataRatioAvg: 0.1, healedDataRatioMax: 0.1 })), []);
  assert.deepEqual(metricsOf(stream('Audio', { healedDataRatioAvg: 0.02, healedDataRatioMax: 0.101 })), ['healedDataRatioMax']);
  assert.deepEqual(metricsOf(stream('Audio', { healedDataRatioAvg: 0.101, healedDataRatioMax: 0.6 })), ['healedDataRatioAvg', 'healedDataRatioMax']);
  // Healing is the audio healer's concealment, "over the duration of audio stream": not a limit for video or sharing.
  for (const mediaType of ['Video', 'VBSS', 'AppSharing']) {
    assert.deepEqual(metricsOf(stream(mediaType, { healedDataRatioAvg: 0.2, healedDataRatioMax: 0.6 })), [], mediaType);
  }
  // A stream of no media type gets the rules' defaults, and the healed rules have none.
  assert.deepEqual(metricsOf({ ...stream('Audio', { healedDataRatioAvg: 0.2, healedDataRatioMax: 0.6 }), mediaType: null }), []);
  // A user who wants video judged on it says so.
  const withVideo = applyOverrides([parseThresholdFlag('healedDataRatioAvg.Video=0.1')]);
  assert.deepEqual(judgeStream(stream('Video', { healedDataRatioAvg: 0.2 }), withVideo).issues.map((i) => i.metric), ['healedDataRatioAvg']);
});

test('AppSharing is screen sharing: the VBSS limits (fps < 1, resolution < 768, freezes > 25000 ms/min)', () => {
  assert.deepEqual(metricsOf(stream('AppSharing', { videoFrameRateAvg: 0, recvResolutionHeight: 360, recvFreezeDurationPerMinuteInMs: 60000 })), [
    'videoFrameRateAvg',
    'recvResolutionHeight',
    'recvFreezeDurationPerMinuteInMs',
  ]);
  assert.deepEqual(metricsOf(stream('AppSharing', { videoFrameRateAvg: 1, recvResolutionHeight: 768, recvFreezeDurationPerMinuteInMs: 25000 })), []);
  assert.deepEqual(metricsOf(stream('AppSharing', { videoFrameRateAvg: 0.99, recvResolutionHeight: 767, recvFreezeDurationPerMinuteInMs: 25001 })), [
    'videoFrameRateAvg',
    'recvResolutionHeight',
    'recvFreezeDurationPerMinuteInMs',
  ]);
  // Not the Video limits: 3 fps and 12000 ms/min of freezes break Video's, not screen sharing's.
  const share = { videoFrameRateAvg: 3, recvResolutionHeight: 800, recvFreezeDurationPerMinuteInMs: 12000 };
  assert.deepEqual(metricsOf(stream('AppSharing', share)), []);
  assert.deepEqual(metricsOf(stream('Video', share)), ['videoFrameRateAvg', 'recvFreezeDurationPerMinuteInMs']);
  // Set and turned off like VBSS's.
  const t = applyOverrides(['recvFreezeDurationPerMinuteInMs.AppSharing=off', 'videoFrameRateAvg.AppSharing=2'].map(parseThresholdFlag));
  assert.deepEqual(judgeStream(stream('AppSharing', { recvFreezeDurationPerMinuteInMs: 60000, videoFrameRateAvg: 1.5 }), t).issues.map((i) => i.metric), ['videoFrameRateAvg']);
});

test('the maxima are set and turned off like the others, and judged (for the breakdowns) only where they have a limit', () => {
  const t = applyOverrides(['jitterBufferSizeMax=250', 'healedDataRatioMax.Audio=off'].map(parseThresholdFlag));
  const judged = (s: Stream) => judgeStream(s, t).issues.map((i) => i.metric);
  assert.deepEqual(judged(stream('Audio', { jitterBufferSizeMax: 250, healedDataRatioMax: 0.9 })), []);
  assert.deepEqual(judged(stream('Audio', { jitterBufferSizeMax: 251 })), ['jitterBufferSizeMax']);
  // Judged (a limit for the media type, the metric logged) or not: what the breakdowns count per rule.
  const bit = (metric: (typeof RULE_METRICS)[number]) => 1 << RULE_METRICS.indexOf(metric);
  assert.equal(judgeStream(stream('Audio', { healedDataRatioMax: 0.9 }), thresholds).judged, bit('healedDataRatioMax'));
  assert.equal(judgeStream(stream('Audio', { healedDataRatioMax: 0.9 }), t).judged, 0);
  assert.equal(judgeStream(stream('Video', { healedDataRatioMax: 0.2, jitterBufferSizeMax: 10 }), thresholds).judged, bit('jitterBufferSizeMax'));
});

test('an issue names the stream, the value and the limit in force', () => {
  const [issue] = judgeStream(stream('Video', { recvResolutionHeight: 180 }), thresholds).issues;
  assert.deepEqual(issue, {
    metric: 'recvResolutionHeight',
    value: 180,
    threshold: 240,
    mediaType: 'Video',
    participantId: 'p1',
    endpointId: 'e1',
    endpointType: 'VoIP',
    streamId: '1',
    direction: null,
  });
  // The direction its log names, read into the vocabulary: a leg's two streams of one media type share every id.
  const inbound = judgeStream({ ...stream('Video', { recvResolutionHeight: 180 }), streamDirection: ' INBOUND ' }, thresholds).issues;
  assert.equal(inbound[0]!.direction, 'inbound');
});

test('per-media limits: a media type of its own wins over default; null turns a rule off', () => {
  const rule = { breachWhen: 'above' as const, limits: { default: 500, Video: 800, VBSS: null } };
  assert.equal(limitFor(rule, 'Audio'), 500);
  assert.equal(limitFor(rule, 'Video'), 800);
  assert.equal(limitFor(rule, 'VBSS'), null);
  assert.equal(limitFor(rule, null), 500);
});

test('call quality: poor with a poor stream, good without, unknown without CallDiagnostics', () => {
  const call: Call = {
    correlationId: 'c',
    callType: 'P2P',
    startTime: null,
    callStartTime: null,
    endTime: null,
    durationSeconds: null,
    teamsThreadId: null,
    legs: [],
    streams: [stream('Audio', { jitterAvg: 41 }), stream('Audio', { jitterAvg: 2 })],
    operations: [],
    mediaStats: [],
    surveys: [],
    copies: 0,
  };
  const poor = evaluateCall(call, thresholds);
  assert.equal(poor.quality, 'poor');
  assert.equal(poor.poorStreams, 1);
  assert.equal(poor.issues.length, 1);
  assert.equal(evaluateCall({ ...call, streams: [stream('Audio', { jitterAvg: 2 })] }, thresholds).quality, 'good');
  assert.equal(evaluateCall({ ...call, streams: [] }, thresholds).quality, 'unknown');
});

test('a stream no rule judges is of unknown quality: no metric read, or none with a limit for its media type', () => {
  const quality = (s: Stream, t = thresholds) => streamQuality(judgeStream(s, t));
  // "None", null and "Redacted" are read as absent: nothing is left to judge.
  assert.equal(quality(stream('Audio', {})), 'unknown');
  // Metrics logged, but none a rule holds this media type to (healing judges Audio only; packets are no rule).
  assert.equal(quality(stream('Video', { healedDataRatioAvg: 0.5, packetUtilization: 900 })), 'unknown');
  assert.equal(quality(stream('Audio', { healedDataRatioAvg: 0.5 })), 'poor');
  assert.equal(quality(stream('Audio', { healedDataRatioAvg: 0.05 })), 'good');
  // Every rule that could judge it turned off: unknown too, not good.
  const off = applyOverrides(['roundTripTimeAvg.Video=off'].map(parseThresholdFlag));
  assert.equal(quality(stream('Video', { roundTripTimeAvg: 900 }), off), 'unknown');
  assert.equal(quality(stream('Video', { roundTripTimeAvg: 900 })), 'poor');
});

test('call quality: unknown when no stream is of known quality, poor with any poor stream, else good with its unread streams counted', () => {
  const call: Call = {
    correlationId: 'c',
    callType: 'Group',
    startTime: null,
    callStartTime: null,
    endTime: null,
    durationSeconds: null,
    teamsThreadId: null,
    legs: [],
    streams: [stream('Audio', {}), stream('Video', {})],
    operations: [],
    mediaStats: [],
    surveys: [],
    copies: 0,
  };
  const unread = evaluateCall(call, thresholds);
  assert.deepEqual([unread.quality, unread.poorStreams, unread.unknownStreams], ['unknown', 0, 2]);
  const someRead = evaluateCall({ ...call, streams: [stream('Audio', { jitterAvg: 2 }), stream('Audio', {})] }, thresholds);
  assert.deepEqual([someRead.quality, someRead.poorStreams, someRead.unknownStreams], ['good', 0, 1]);
  const poor = evaluateCall({ ...call, streams: [stream('Audio', { jitterAvg: 41 }), stream('Audio', {})] }, thresholds);
  assert.deepEqual([poor.quality, poor.poorStreams, poor.unknownStreams], ['poor', 1, 1]);
  assert.equal(evaluateCall({ ...call, streams: [] }, thresholds).unknownStreams, 0);
});
